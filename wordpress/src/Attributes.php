<?php

namespace NocWidget;

/**
 * The elements' attributes (scripts/npm/elements.json), read from a block or a shortcode and checked
 * the same way: a value the widget would refuse is dropped and named in a problem sentence (shown to
 * editors only); an element that cannot be shown at all (a card without a valid code) is not rendered.
 */
final class Attributes
{
    /** Each kind: its element, the attributes beyond the common ones, and the one it cannot do without. */
    public const KINDS = [
        'card' => ['tag' => 'noc-card', 'own' => ['code'], 'required' => 'code'],
        'search' => ['tag' => 'noc-search', 'own' => ['query', 'limit'], 'required' => null],
        'calculator' => ['tag' => 'ee-calculator', 'own' => ['noc'], 'required' => null],
        'widget' => ['tag' => 'noc-widget', 'own' => ['code', 'query'], 'required' => null],
    ];
    public const COMMON = ['lang', 'theme', 'compact', 'data-fallback-href', 'data-fallback-title'];
    /** block.json names the two data- attributes in camelCase. */
    public const FROM_BLOCK = ['fallbackHref' => 'data-fallback-href', 'fallbackTitle' => 'data-fallback-title'];
    /** Longest query and fallback title kept (the widget reads at most 200 characters of a query). */
    public const MAX_TEXT = 200;

    /** @return list<string> */
    public static function names(string $kind): array
    {
        return array_merge(self::KINDS[$kind]['own'], self::COMMON);
    }

    /**
     * @param mixed $raw A block's attributes, or a shortcode's (an array, or '' when it has none).
     * @return array{attributes: array<string, string|true>, problems: list<string>, renderable: bool}
     */
    public static function check(string $kind, $raw, bool $fromBlock): array
    {
        $raw = is_array($raw) ? $raw : [];
        $names = self::names($kind);
        $given = [];
        $problems = [];
        foreach ($raw as $name => $value) {
            if (is_int($name)) {
                // A shortcode flag without a value: `[noc_card code="22220" compact]`.
                $name = is_string($value) ? strtolower($value) : '';
                $value = true;
            }
            $name = $fromBlock ? (self::FROM_BLOCK[$name] ?? $name) : strtolower((string) $name);
            if (in_array($name, $names, true)) {
                $given[$name] = $value;
            } elseif (!$fromBlock) {
                // WordPress gives blocks attributes of its own (className, lock, …): only shortcodes are told.
                $problems[] = sprintf(
                    /* translators: 1: an attribute name, 2: the list of attribute names this shortcode takes. */
                    __('"%1$s" is not one of its attributes (%2$s); it is ignored.', 'noc-widget'),
                    $name,
                    implode(', ', $names)
                );
            }
        }

        $out = [];
        $renderable = true;
        foreach (self::KINDS[$kind]['own'] as $name) {
            $value = self::text($given[$name] ?? '');
            if ($name === 'code' || $name === 'noc') {
                $required = self::KINDS[$kind]['required'] === $name;
                if ($value === '') {
                    if ($required) {
                        $renderable = false;
                        $problems[] = sprintf(
                            /* translators: %s: the attribute name (code). */
                            __('%s: choose an occupation (a five-digit NOC 2021 code, e.g. 22220).', 'noc-widget'),
                            $name
                        );
                    }
                    continue;
                }
                if (!Paint::isUnitGroup($value)) {
                    $renderable = $renderable && !$required;
                    $problems[] = sprintf(
                        /* translators: 1: the attribute name (code or noc), 2: its value. */
                        __('%1$s: "%2$s" is not a NOC 2021 unit group (five digits, e.g. 22220).', 'noc-widget'),
                        $name,
                        $value
                    );
                    continue;
                }
                $out[$name] = $value;
            } elseif ($name === 'query') {
                if ($value === '') {
                    continue;
                }
                if (mb_strlen($value) > self::MAX_TEXT) {
                    $value = mb_substr($value, 0, self::MAX_TEXT);
                    $problems[] = sprintf(
                        /* translators: %d: the number of characters kept. */
                        __('query: only the first %d characters are used.', 'noc-widget'),
                        self::MAX_TEXT
                    );
                }
                $out['query'] = $value;
            } elseif ($name === 'limit') {
                if ($value === '') {
                    continue;
                }
                if (preg_match('/^\d{1,3}$/', $value) === 1 && (int) $value >= 1 && (int) $value <= 100) {
                    $out['limit'] = (string) (int) $value;
                } else {
                    $problems[] = sprintf(
                        /* translators: %s: the value given. */
                        __('limit: "%s" is not a whole number from 1 to 100; the widget lists 10 results.', 'noc-widget'),
                        $value
                    );
                }
            }
        }

        $lang = strtolower(self::text($given['lang'] ?? ''));
        if ($lang !== '' && preg_match('/^(en|fr)([-_][a-z]{2})?$/', $lang) !== 1) {
            $problems[] = sprintf(
                /* translators: 1: the value given, 2: the language used instead (en or fr). */
                __('lang: "%1$s" is not a language of the widget (en or fr); "%2$s" is used.', 'noc-widget'),
                $lang,
                Settings::language()
            );
            $lang = '';
        }
        $out['lang'] = $lang === '' ? Settings::language() : substr($lang, 0, 2);

        $theme = strtolower(self::text($given['theme'] ?? ''));
        if ($theme !== '' && !in_array($theme, Settings::THEMES, true)) {
            $problems[] = sprintf(
                /* translators: 1: the value given, 2: the theme used instead. */
                __('theme: "%1$s" is not one of auto, light, dark; "%2$s" is used.', 'noc-widget'),
                $theme,
                Settings::get()['theme']
            );
            $theme = '';
        }
        $out['theme'] = $theme === '' ? Settings::get()['theme'] : $theme;

        $compact = $given['compact'] ?? false;
        if (is_string($compact)) {
            $flag = strtolower(trim($compact));
            if (in_array($flag, ['', '1', 'true', 'yes', 'compact'], true)) {
                $compact = true;
            } elseif (in_array($flag, ['0', 'false', 'no'], true)) {
                $compact = false;
            } else {
                $problems[] = sprintf(
                    /* translators: %s: the value given. */
                    __('compact: "%s" is not true or false; it is ignored.', 'noc-widget'),
                    $compact
                );
                $compact = false;
            }
        }
        if ($compact === true) {
            $out['compact'] = true;
        }

        $href = self::text($given['data-fallback-href'] ?? '');
        if ($href !== '') {
            $clean = esc_url_raw($href, ['http', 'https']);
            if ($clean === '' || preg_match('#^(https?:|/|\.)#i', $href) !== 1) {
                $problems[] = sprintf(
                    /* translators: %s: the value given. */
                    __('data-fallback-href: "%s" is not an http(s) link; it is ignored.', 'noc-widget'),
                    $href
                );
            } else {
                $out['data-fallback-href'] = $clean;
            }
        }
        $title = self::text($given['data-fallback-title'] ?? '');
        if ($title !== '') {
            $out['data-fallback-title'] = mb_substr($title, 0, self::MAX_TEXT);
        }

        return ['attributes' => $out, 'problems' => $problems, 'renderable' => $renderable];
    }

    /** A scalar attribute value as trimmed text (blocks give numbers for `limit`, booleans for `compact`). */
    private static function text($value): string
    {
        if (is_int($value) || is_float($value)) {
            return (string) $value;
        }
        return is_string($value) ? trim($value) : '';
    }
}
