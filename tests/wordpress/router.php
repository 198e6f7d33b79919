<?php

// Router of PHP's built-in server for the test site: existing files as they are (with the WebAssembly
// MIME type, which the widget's loader streams), everything else through WordPress's index.php
// (pretty REST routes such as /wp-json/wp/v2/posts).
$path = (string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if (is_file($file)) {
    if (str_ends_with($file, '.wasm')) {
        header('Content-Type: application/wasm');
        header('Content-Length: ' . filesize($file));
        readfile($file);
        return true;
    }
    return false;
}
if (is_dir($file) && is_file(rtrim($file, '/') . '/index.php')) {
    return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
