<?php

namespace NocWidget;

/**
 * Settings → NOC widget: default language (or the site's), theme, and where the widget's files are
 * served from. Stored with the Settings API in one option; every value is checked on the way in
 * (a bad one is refused with a message and the previous value kept) and again on the way out.
 */
final class Settings
{
    public const OPTION = 'noc_widget_settings';
    public const GROUP = 'noc_widget';
    public const PAGE = 'noc-widget';
    public const LANGUAGES = ['site', 'en', 'fr'];
    public const THEMES = ['auto', 'light', 'dark'];
    public const DEFAULTS = ['language' => 'site', 'theme' => 'auto', 'base_url' => ''];

    /** @return array{language: string, theme: string, base_url: string} */
    public static function get(): array
    {
        $stored = get_option(self::OPTION, []);
        $stored = is_array($stored) ? $stored : [];
        $out = self::DEFAULTS;
        if (in_array($stored['language'] ?? null, self::LANGUAGES, true)) {
            $out['language'] = $stored['language'];
        }
        if (in_array($stored['theme'] ?? null, self::THEMES, true)) {
            $out['theme'] = $stored['theme'];
        }
        if (is_string($stored['base_url'] ?? null) && self::baseUrl($stored['base_url']) !== null) {
            $out['base_url'] = self::baseUrl($stored['base_url']);
        }
        return $out;
    }

    /** The language an element gets when it names none: the setting, or the site's locale (fr_* → fr). */
    public static function language(): string
    {
        $language = self::get()['language'];
        if ($language !== 'site') {
            return $language;
        }
        return str_starts_with(strtolower(get_locale()), 'fr') ? 'fr' : 'en';
    }

    /**
     * A base URL as stored ('' = the plugin's folder; else http(s) or a root-relative path, ending with
     * "/"), or null when the value is not one.
     */
    public static function baseUrl(string $value): ?string
    {
        $value = trim($value);
        if ($value === '') {
            return '';
        }
        $absolute = preg_match('~^https?://[^/\s?#]+(/[^\s?#]*)?$~i', $value) === 1
            && filter_var($value, FILTER_VALIDATE_URL) !== false;
        $path = preg_match('~^/(?!/)[^\s?#"\'<>\\\\]*$~', $value) === 1;
        if (!$absolute && !$path) {
            return null;
        }
        return rtrim($value, '/') . '/';
    }

    public static function register(): void
    {
        register_setting(self::GROUP, self::OPTION, [
            'type' => 'array',
            'default' => self::DEFAULTS,
            'sanitize_callback' => [self::class, 'sanitize'],
            'show_in_rest' => false,
        ]);
        add_settings_section('noc_widget_main', '', '__return_false', self::PAGE);
        add_settings_field(
            'noc_widget_language',
            esc_html__('Default language', 'noc-widget'),
            [self::class, 'languageField'],
            self::PAGE,
            'noc_widget_main',
            ['label_for' => 'noc_widget_language']
        );
        add_settings_field(
            'noc_widget_theme',
            esc_html__('Theme', 'noc-widget'),
            [self::class, 'themeField'],
            self::PAGE,
            'noc_widget_main',
            ['label_for' => 'noc_widget_theme']
        );
        add_settings_field(
            'noc_widget_base_url',
            esc_html__('Files served from', 'noc-widget'),
            [self::class, 'baseUrlField'],
            self::PAGE,
            'noc_widget_main',
            ['label_for' => 'noc_widget_base_url']
        );
    }

    public static function addPage(): void
    {
        add_options_page(
            __('NOC widget', 'noc-widget'),
            __('NOC widget', 'noc-widget'),
            'manage_options',
            self::PAGE,
            [self::class, 'page']
        );
    }

    /**
     * The Settings API's sanitize callback: keeps each valid value, refuses a bad one with a message
     * naming the field and keeps the value stored before.
     *
     * @param mixed $input What the form sent.
     * @return array{language: string, theme: string, base_url: string}
     */
    public static function sanitize($input): array
    {
        $input = is_array($input) ? $input : [];
        $out = self::get();
        $language = isset($input['language']) ? sanitize_key((string) $input['language']) : $out['language'];
        if (in_array($language, self::LANGUAGES, true)) {
            $out['language'] = $language;
        } else {
            self::refuse('language', __('Default language: choose the site language, English or French.', 'noc-widget'));
        }
        $theme = isset($input['theme']) ? sanitize_key((string) $input['theme']) : $out['theme'];
        if (in_array($theme, self::THEMES, true)) {
            $out['theme'] = $theme;
        } else {
            self::refuse('theme', __('Theme: choose automatic, light or dark.', 'noc-widget'));
        }
        $raw = isset($input['base_url']) ? (string) wp_unslash($input['base_url']) : $out['base_url'];
        $base = self::baseUrl($raw);
        if ($base !== null) {
            $out['base_url'] = $base;
        } else {
            self::refuse('base_url', sprintf(
                /* translators: %s: the value typed in the field. */
                __('Files served from: "%s" is neither an http(s) address nor a path starting with "/". The previous value is kept.', 'noc-widget'),
                sanitize_text_field($raw)
            ));
        }
        return $out;
    }

    private static function refuse(string $field, string $message): void
    {
        add_settings_error(self::OPTION, 'noc-widget-' . $field, $message, 'error');
    }

    public static function page(): void
    {
        if (!current_user_can('manage_options')) {
            return;
        }
        echo '<div class="wrap"><h1>' . esc_html(get_admin_page_title()) . '</h1>';
        echo '<p>' . esc_html__('Defaults for the NOC widget blocks and shortcodes. A block or shortcode can set its own language and theme.', 'noc-widget') . '</p>';
        echo '<form action="' . esc_url(admin_url('options.php')) . '" method="post">';
        settings_fields(self::GROUP);
        do_settings_sections(self::PAGE);
        submit_button();
        echo '</form></div>';
    }

    public static function languageField(): void
    {
        $labels = [
            'site' => __('The site language (French for fr_* locales, else English)', 'noc-widget'),
            'en' => __('English', 'noc-widget'),
            'fr' => __('French', 'noc-widget'),
        ];
        self::select('language', $labels);
    }

    public static function themeField(): void
    {
        $labels = [
            'auto' => __('Automatic (follows the reader\'s system setting)', 'noc-widget'),
            'light' => __('Light', 'noc-widget'),
            'dark' => __('Dark', 'noc-widget'),
        ];
        self::select('theme', $labels);
    }

    public static function baseUrlField(): void
    {
        $value = self::get()['base_url'];
        echo '<input type="text" class="regular-text code" id="noc_widget_base_url" name="'
            . esc_attr(self::OPTION . '[base_url]') . '" value="' . esc_attr($value) . '" placeholder="'
            . esc_attr(plugins_url(Files::DIR . '/', NOC_WIDGET_FILE)) . '">';
        echo '<p class="description">'
            . esc_html__('Leave empty to serve the widget from this plugin\'s folder (no request to any other host).', 'noc-widget')
            . ' '
            . esc_html__('Otherwise, the address where you host the same files (the plugin\'s widget folder), e.g. https://cdn.example.org/noc-widget/v1/ or /noc-widget/.', 'noc-widget')
            . '</p>';
    }

    /** @param array<string, string> $labels */
    private static function select(string $key, array $labels): void
    {
        $current = self::get()[$key];
        echo '<select id="' . esc_attr('noc_widget_' . $key) . '" name="' . esc_attr(self::OPTION . '[' . $key . ']') . '">';
        foreach ($labels as $value => $label) {
            echo '<option value="' . esc_attr($value) . '"' . selected($current, $value, false) . '>'
                . esc_html($label) . '</option>';
        }
        echo '</select>';
    }
}
