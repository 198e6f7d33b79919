<?php

/**
 * Plugin Name:       NOC widget
 * Description:       Occupation cards for Canada's NOC 2021 and an Express Entry calculator, as blocks and shortcodes. Everything is served from your own site.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * Author:            NOC widget contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       noc-widget
 * Domain Path:       /languages
 *
 * @package NocWidget
 */

// This file only wires the plugin up; the code is in src/ (one class per job).
if (!defined('ABSPATH')) {
    exit;
}

// Written by scripts/wordpress-zip.mjs from the workspace version, like the header above.
define('NOC_WIDGET_VERSION', '0.1.0');
define('NOC_WIDGET_FILE', __FILE__);

require_once __DIR__ . '/src/Files.php';
require_once __DIR__ . '/src/Settings.php';
require_once __DIR__ . '/src/Attributes.php';
require_once __DIR__ . '/src/Paint.php';
require_once __DIR__ . '/src/Renderer.php';
require_once __DIR__ . '/src/Plugin.php';

\NocWidget\Plugin::boot();
