<?php

namespace NocWidget;

/**
 * Turns checked attributes into the element's HTML (every value escaped), with a card's pre-rendered
 * paint in a declarative shadow root, and a notice naming any problem for those who can edit posts.
 * Enqueues the loader only when it renders something, so pages without the widget never load it.
 */
final class Renderer
{
    /** The render callback of the blocks (`noc-widget/card`, …). */
    public static function block(string $kind, array $attributes): string
    {
        $checked = Attributes::check($kind, $attributes, true);
        /* translators: %s: a block name, e.g. noc-widget/card. */
        $label = sprintf(__('Block %s', 'noc-widget'), 'noc-widget/' . $kind);
        // Classes from the block's Advanced panel; WordPress escapes them.
        $wrapper = function_exists('get_block_wrapper_attributes') ? get_block_wrapper_attributes() : '';
        return self::render($kind, $checked, $label, $wrapper);
    }

    /**
     * A shortcode handler (`[noc_card]`, …).
     *
     * @param mixed $atts
     */
    public static function shortcode(string $kind, string $tag, $atts): string
    {
        return self::render($kind, Attributes::check($kind, $atts, false), '[' . $tag . ']', '');
    }

    /** @param array{attributes: array<string, string|true>, problems: list<string>, renderable: bool} $checked */
    private static function render(string $kind, array $checked, string $label, string $wrapper): string
    {
        $problems = $checked['problems'];
        if ($checked['renderable'] && !Files::present()) {
            $problems[] = __('the widget\'s files are missing from the plugin folder: install the plugin from its zip (make dist).', 'noc-widget');
        }
        $html = $problems && current_user_can('edit_posts') ? self::notice($label, $problems) : '';
        if (!$checked['renderable'] || !Files::present()) {
            return $html;
        }
        wp_enqueue_script(Plugin::LOADER);
        $attributes = $checked['attributes'];
        $tag = Attributes::KINDS[$kind]['tag'];
        $html .= '<' . $tag . ($wrapper !== '' ? ' ' . $wrapper : '');
        foreach ($attributes as $name => $value) {
            if ($value === true) {
                $html .= ' ' . $name;
            } elseif ($name === 'data-fallback-href') {
                $html .= ' ' . $name . '="' . esc_url($value, ['http', 'https']) . '"';
            } else {
                $html .= ' ' . $name . '="' . esc_attr($value) . '"';
            }
        }
        $html .= '>';
        if ($kind === 'card' && !isset($attributes['compact'])) {
            $html .= Paint::shadowRoot((string) $attributes['code'], (string) $attributes['lang'], (string) $attributes['theme']);
        }
        return $html . '</' . $tag . '>';
    }

    /** @param list<string> $problems */
    private static function notice(string $label, array $problems): string
    {
        $html = '<div class="noc-widget-notice" role="note" style="border:2px solid #b3261e;padding:0.5em 1em;margin:1em 0">'
            . '<p><strong>' . esc_html(sprintf(
                /* translators: %s: the block or shortcode, e.g. [noc_card]. */
                __('NOC widget, %s (only people who can edit posts see this note):', 'noc-widget'),
                $label
            )) . '</strong></p><ul>';
        foreach ($problems as $problem) {
            $html .= '<li>' . esc_html($problem) . '</li>';
        }
        return $html . '</ul></div>';
    }
}
