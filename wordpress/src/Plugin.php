<?php

namespace NocWidget;

/** Registers the plugin's hooks: scripts, blocks, shortcodes, translations and the settings page. */
final class Plugin
{
    public const LOADER = 'noc-widget-loader';
    public const EDITOR = 'noc-widget-editor';
    /** Block folder (blocks/<name>/block.json, block `noc-widget/<name>`) → kind. */
    public const BLOCKS = ['card', 'search', 'calculator', 'widget'];
    public const SHORTCODES = [
        'noc_card' => 'card',
        'noc_search' => 'search',
        'ee_calculator' => 'calculator',
        'noc_widget' => 'widget',
    ];

    public static function boot(): void
    {
        add_action('init', [self::class, 'init']);
        add_action('admin_init', [Settings::class, 'register']);
        add_action('admin_menu', [Settings::class, 'addPage']);
        add_action('enqueue_block_editor_assets', [self::class, 'editorData']);
        add_action('enqueue_block_assets', [self::class, 'editorCanvas']);
        add_filter('no_texturize_tags', [self::class, 'noTexturize']);
        add_filter('plugin_action_links_' . plugin_basename(NOC_WIDGET_FILE), [self::class, 'actionLinks']);
    }

    public static function init(): void
    {
        load_plugin_textdomain('noc-widget', false, dirname(plugin_basename(NOC_WIDGET_FILE)) . '/languages');
        // WordPress 6.3+ reads the strategy; 6.1 reads the array as "in the footer".
        wp_register_script(self::LOADER, Files::url('noc-widget.js'), [], NOC_WIDGET_VERSION, ['in_footer' => true, 'strategy' => 'defer']);
        wp_register_script(
            self::EDITOR,
            plugins_url('assets/editor.js', NOC_WIDGET_FILE),
            ['wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', self::LOADER],
            NOC_WIDGET_VERSION,
            true
        );
        foreach (self::BLOCKS as $kind) {
            register_block_type(dirname(NOC_WIDGET_FILE) . '/blocks/' . $kind, [
                'render_callback' => static function ($attributes) use ($kind): string {
                    return Renderer::block($kind, is_array($attributes) ? $attributes : []);
                },
            ]);
        }
        foreach (self::SHORTCODES as $tag => $kind) {
            add_shortcode($tag, static function ($atts) use ($kind, $tag): string {
                return Renderer::shortcode($kind, $tag, $atts);
            });
        }
    }

    /** What the editor script needs: the defaults and its words (translated here, from the .mo). */
    public static function editorData(): void
    {
        $data = [
            'lang' => Settings::language(),
            'theme' => Settings::get()['theme'],
            'filesPresent' => Files::present(),
            'strings' => [
                'occupation' => __('Occupation', 'noc-widget'),
                'searchLabel' => __('Find an occupation: type a job title or a NOC code', 'noc-widget'),
                'searching' => __('Searching...', 'noc-widget'),
                'noResult' => __('No occupation matches.', 'noc-widget'),
                'searchFailed' => __('The search could not run:', 'noc-widget'),
                'chosen' => __('Chosen:', 'noc-widget'),
                'change' => __('Change', 'noc-widget'),
                'clear' => __('Clear', 'noc-widget'),
                'pickCard' => __('Choose the occupation to show.', 'noc-widget'),
                'settings' => __('Settings', 'noc-widget'),
                'language' => __('Language', 'noc-widget'),
                'languageDefault' => __('Default (plugin settings)', 'noc-widget'),
                'english' => __('English', 'noc-widget'),
                'french' => __('French', 'noc-widget'),
                'theme' => __('Theme', 'noc-widget'),
                'themeDefault' => __('Default (plugin settings)', 'noc-widget'),
                'auto' => __('Automatic', 'noc-widget'),
                'light' => __('Light', 'noc-widget'),
                'dark' => __('Dark', 'noc-widget'),
                'compact' => __('Compact', 'noc-widget'),
                'compactHelp' => __('A shorter layout for narrow columns.', 'noc-widget'),
                'query' => __('Search for at first', 'noc-widget'),
                'limit' => __('Number of results', 'noc-widget'),
                'fallbackHref' => __('Link shown if the widget cannot start', 'noc-widget'),
                'fallbackTitle' => __('Text of that link', 'noc-widget'),
                'preview' => __('Preview', 'noc-widget'),
                'filesMissing' => __('The widget\'s files are missing from the plugin folder: install the plugin from its zip.', 'noc-widget'),
            ],
        ];
        wp_add_inline_script(self::EDITOR, 'window.nocWidgetEditor = ' . wp_json_encode($data) . ';', 'before');
    }

    /**
     * The previews are the elements themselves: where the editor's canvas is an iframe (WordPress 6.3+ with
     * some themes and blocks), the loader must run in it too. This hook also runs on the front end, where
     * the loader is enqueued only by the blocks and shortcodes that render.
     */
    public static function editorCanvas(): void
    {
        if (is_admin()) {
            wp_enqueue_script(self::LOADER);
        }
    }

    /**
     * WordPress curls quotes and dashes in post text; the widget's pre-rendered text must stay as the
     * widget wrote it.
     *
     * @param list<string> $tags
     * @return list<string>
     */
    public static function noTexturize($tags): array
    {
        $tags = is_array($tags) ? $tags : [];
        foreach (Attributes::KINDS as $kind) {
            $tags[] = $kind['tag'];
        }
        return $tags;
    }

    /**
     * @param array<string, string> $links
     * @return array<string, string>
     */
    public static function actionLinks($links): array
    {
        $links = is_array($links) ? $links : [];
        $links['settings'] = '<a href="' . esc_url(admin_url('options-general.php?page=' . Settings::PAGE)) . '">'
            . esc_html__('Settings', 'noc-widget') . '</a>';
        return $links;
    }
}
