<?php

// Installs a fresh WordPress site from the command line (WP-CLI is not in Debian bookworm): the admin,
// an author (no unfiltered_html) with an application password for the REST API. Prints JSON.
// Usage: php install.php WORDPRESS_DIR ADMIN_PASSWORD
[, $root, $adminPassword] = $argv;
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require $root . '/wp-load.php';

// wp_install() mails the admin; there is no mail on the test machine.
function wp_new_blog_notification()
{
}

require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$installed = wp_install('NOC widget test site', 'admin', 'admin@example.org', false, '', wp_slash($adminPassword));
update_option('permalink_structure', '/%postname%/');
// Avatars come from gravatar.com: the test checks that no page asks any host but the site.
update_option('show_avatars', 0);
$authorPassword = wp_generate_password(24, false);
$author = wp_insert_user([
    'user_login' => 'author',
    'user_pass' => $authorPassword,
    'user_email' => 'author@example.org',
    'role' => 'author',
]);
if (is_wp_error($author)) {
    fwrite(STDERR, $author->get_error_message() . "\n");
    exit(1);
}
// The block editor's welcome guide would cover the editor (and fetches an image from s.w.org).
update_user_meta($author, $wpdb->get_blog_prefix() . 'persisted_preferences', [
    'core/edit-post' => ['welcomeGuide' => false],
    '_modified' => gmdate('c'),
]);
[$appPassword] = WP_Application_Passwords::create_new_application_password($author, ['name' => 'e2e']);
echo json_encode([
    'authorId' => $author,
    'authorPassword' => $authorPassword,
    'authorCanUnfilteredHtml' => user_can($author, 'unfiltered_html'),
    'appPassword' => $appPassword,
]), "\n";
