<?php

namespace NocWidget;

/**
 * A card's first paint, pre-rendered by `make dist` (widget/prerender/<lang>/card-<code>.html, the same
 * yew components the widget runs), put in the page inside a declarative shadow root as `noc show --html`
 * prints it: readers without JavaScript and search engines get the whole card, and the loader adopts it
 * without fetching it again. The paint is the build's own markup, but it still goes through wp_kses with
 * the allow-list below; tests/e2e/wordpress.test.mjs checks that every one of the 1,032 paints passes
 * through it unchanged, so a tag the widget starts to use shows up there first.
 */
final class Paint
{
    /** yew's hydration markers: HTML comments wp_kses would empty; kept aside while it runs. */
    private const MARKERS = ['<!--<[]>-->', '<!--</[]>-->'];

    public static function isUnitGroup(string $code): bool
    {
        return preg_match('/^\d{5}$/', $code) === 1 && is_readable(Files::path('prerender/en/card-' . $code . '.html'));
    }

    /** `<template shadowrootmode="open">` with the stylesheet and the card, or '' when there is no paint. */
    public static function shadowRoot(string $code, string $lang, string $theme): string
    {
        if (preg_match('/^\d{5}$/', $code) !== 1 || !in_array($lang, ['en', 'fr'], true)) {
            return '';
        }
        $key = $lang . '/card-' . $code . '.html';
        $file = Files::path('prerender/' . $key);
        $body = is_readable($file) ? file_get_contents($file) : false;
        if ($body === false || $body === '') {
            return '';
        }
        // The root the loader renders into (crates/noc-ui/src/ssr.rs root_open), so it adopts this one as its own.
        return '<template shadowrootmode="open"><link rel="stylesheet" href="' . esc_url(Files::url('noc-widget.css')) . '">'
            . '<div class="noc-root" part="root" lang="' . esc_attr($lang) . '" data-theme="' . esc_attr($theme)
            . '" data-kind="card" data-prerendered="' . esc_attr($key) . '">'
            . self::sanitize($body) . '</div></template>';
    }

    /** The paint through wp_kses with the allow-list, yew's hydration markers kept. */
    public static function sanitize(string $html): string
    {
        $tokens = [];
        foreach (self::MARKERS as $i => $marker) {
            $tokens[$marker] = 'nocwidgetmarker' . $i . wp_generate_password(12, false);
        }
        $protected = strtr($html, $tokens);
        $clean = wp_kses($protected, self::allowed(), ['http', 'https', 'mailto']);
        return strtr($clean, array_flip($tokens));
    }

    /** @return array<string, array<string, bool>> */
    public static function allowed(): array
    {
        $global = ['class' => true, 'id' => true, 'lang' => true, 'part' => true, 'role' => true, 'hidden' => true,
            'title' => true, 'tabindex' => true, 'data-*' => true];
        foreach (
            ['label', 'labelledby', 'describedby', 'hidden', 'live', 'atomic', 'busy', 'expanded', 'controls',
                'pressed', 'selected', 'current', 'level', 'roledescription', 'valuenow', 'valuemin', 'valuemax',
                'valuetext', 'owns', 'haspopup', 'disabled', 'sort', 'colcount', 'rowcount', 'colindex',
                'rowindex', 'setsize', 'posinset'] as $aria
        ) {
            $global['aria-' . $aria] = true;
        }
        $tags = ['article', 'section', 'header', 'footer', 'nav', 'aside', 'div', 'span', 'p', 'h2', 'h3', 'h4',
            'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'colgroup', 'col', 'thead',
            'tbody', 'tfoot', 'tr', 'th', 'td', 'a', 'strong', 'em', 'b', 'i', 'small', 'mark', 'abbr', 'sub',
            'sup', 'br', 'hr', 'details', 'summary', 'time', 'data', 'figure', 'figcaption', 'meter', 'button',
            'label', 'select', 'option',
            'svg', 'g', 'path', 'line', 'polyline', 'polygon', 'rect', 'circle', 'text', 'tspan', 'desc',
            'title'];
        $own = [
            'a' => ['href' => true, 'rel' => true, 'target' => true, 'hreflang' => true],
            'th' => ['colspan' => true, 'rowspan' => true, 'scope' => true, 'headers' => true, 'abbr' => true],
            'td' => ['colspan' => true, 'rowspan' => true, 'headers' => true],
            'col' => ['span' => true],
            'colgroup' => ['span' => true],
            'ol' => ['start' => true, 'reversed' => true],
            'time' => ['datetime' => true],
            'data' => ['value' => true],
            'details' => ['open' => true, 'name' => true],
            'meter' => ['min' => true, 'max' => true, 'low' => true, 'high' => true, 'optimum' => true, 'value' => true],
            'button' => ['type' => true, 'disabled' => true, 'name' => true, 'value' => true],
            'label' => ['for' => true],
            'select' => ['name' => true, 'disabled' => true],
            'option' => ['value' => true, 'selected' => true, 'disabled' => true],
            'svg' => ['viewbox' => true, 'width' => true, 'height' => true, 'focusable' => true, 'xmlns' => true,
                'preserveaspectratio' => true],
            'path' => ['d' => true],
            'line' => ['x1' => true, 'y1' => true, 'x2' => true, 'y2' => true],
            'polyline' => ['points' => true],
            'polygon' => ['points' => true],
            'rect' => ['x' => true, 'y' => true, 'width' => true, 'height' => true, 'rx' => true, 'ry' => true],
            'circle' => ['cx' => true, 'cy' => true, 'r' => true],
            'text' => ['x' => true, 'y' => true, 'dx' => true, 'dy' => true, 'text-anchor' => true],
            'tspan' => ['x' => true, 'y' => true, 'dx' => true, 'dy' => true],
        ];
        $allowed = [];
        foreach ($tags as $tag) {
            $allowed[$tag] = array_merge($global, $own[$tag] ?? []);
        }
        return $allowed;
    }
}
