<?php

namespace NocWidget;

/**
 * Where the widget's files are: the plugin's own `widget/` folder (the same bytes as `make dist`'s
 * dist/, copied in by scripts/wordpress-zip.mjs), or the base URL set in the settings.
 */
final class Files
{
    public const DIR = 'widget';

    /** Path on disk of a file in the plugin's copy (the pre-rendered paints are read from there). */
    public static function path(string $relative): string
    {
        return plugin_dir_path(NOC_WIDGET_FILE) . self::DIR . '/' . $relative;
    }

    /** Public URL of a widget file: under the settings' base URL when set, else in the plugin folder. */
    public static function url(string $relative): string
    {
        $base = Settings::get()['base_url'];
        if ($base === '') {
            $base = plugins_url(self::DIR . '/', NOC_WIDGET_FILE);
        }
        return $base . $relative;
    }

    /** Whether the plugin carries the widget's files (a source checkout without `make dist` does not). */
    public static function present(): bool
    {
        return is_readable(self::path('noc-widget.js'));
    }
}
