<?php

/**
 * Removes what the plugin stored (its one option) when it is deleted from Plugins.
 *
 * @package NocWidget
 */

if (!defined('WP_UNINSTALL_PLUGIN')) {
    exit;
}

if (is_multisite()) {
    foreach (get_sites(['fields' => 'ids', 'number' => 0]) as $noc_widget_site) {
        switch_to_blog((int) $noc_widget_site);
        delete_option('noc_widget_settings');
        restore_current_blog();
    }
} else {
    delete_option('noc_widget_settings');
}
