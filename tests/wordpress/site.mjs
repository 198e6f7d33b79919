// A real WordPress for the plugin's tests: Debian's `wordpress` package (6.1), copied to a temporary
// folder with a wp-config.php of our own, MariaDB on a private socket and PHP's built-in server on a
// free local port. `startSite()` installs a fresh site (admin + author with an application password);
// `site.stop()` stops both servers and removes the folder. Nothing listens beyond 127.0.0.1.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, rmSync, mkdirSync, cpSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const WORDPRESS = process.env.NOC_WORDPRESS_DIR || '/usr/share/wordpress';

/** What the site needs from Debian (installed by scripts/setup.sh); a clear message when one is missing. */
export function checkTools() {
  const missing = [];
  if (!existsSync(join(WORDPRESS, 'wp-settings.php'))) missing.push(`WordPress in ${WORDPRESS} (apt package wordpress)`);
  for (const tool of ['php', 'mariadbd', 'mariadb-install-db', 'mariadb', 'mariadb-admin']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool} || test -x /usr/sbin/${tool}`], { stdio: 'ignore' });
    } catch {
      missing.push(tool);
    }
  }
  if (missing.length) throw new Error(`cannot start the test WordPress, missing: ${missing.join(', ')}. Run \`make setup\` (as root).`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Waits for `check()` to be true, polling (the fact waited for: a socket answering, a port open). */
async function until(what, check, timeoutMs = 30000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function bin(name) {
  return existsSync(`/usr/sbin/${name}`) ? `/usr/sbin/${name}` : name;
}

export async function startSite() {
  checkTools();
  const dir = mkdtempSync(join(tmpdir(), 'noc-wp-'));
  const children = [];
  const site = {
    dir,
    root: join(dir, 'wp'),
    debugLog: join(dir, 'debug.log'),
    phpLog: join(dir, 'php-server.log'),
    adminPassword: randomBytes(12).toString('hex'),
    async stop() {
      for (const child of children.reverse()) {
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((r) => child.once('exit', r));
          // Each server runs in its own process group (PHP's workers are forked children): stop the group.
          const kill = (signal) => { try { process.kill(-child.pid, signal); } catch { child.kill(signal); } };
          kill('SIGTERM');
          await Promise.race([exited, new Promise((r) => setTimeout(r, 10000))]);
          if (child.exitCode === null && child.signalCode === null) kill('SIGKILL');
        }
        if (child.pid) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* the group is gone */ } }
      }
      if (!process.env.NOC_KEEP_WORDPRESS) rmSync(dir, { recursive: true, force: true });
    },
  };
  // Should the test process die without stop(), the servers die with it.
  const killAll = () => { for (const child of children) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } } };
  process.once('exit', killAll);
  try {
    // MariaDB: its own data folder and socket, no TCP.
    const db = join(dir, 'db');
    const socket = join(dir, 'mysql.sock');
    mkdirSync(db);
    execFileSync(bin('mariadb-install-db'), ['--no-defaults', `--datadir=${db}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db'], { stdio: 'ignore' });
    const mariadb = spawn(bin('mariadbd'), ['--no-defaults', `--datadir=${db}`, `--socket=${socket}`, '--skip-networking',
      `--pid-file=${join(dir, 'mariadb.pid')}`, '--user=root', `--log-error=${join(dir, 'mariadb.log')}`,
      '--innodb-buffer-pool-size=32M', '--skip-log-bin'], { stdio: 'ignore', detached: true });
    children.push(mariadb);
    await until('MariaDB', () => {
      if (mariadb.exitCode !== null) throw new Error(`mariadbd exited: ${readFileSync(join(dir, 'mariadb.log'), 'utf8').slice(-2000)}`);
      try {
        execFileSync('mariadb-admin', [`--socket=${socket}`, '-uroot', 'ping'], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    });
    const dbPassword = randomBytes(8).toString('hex');
    execFileSync('mariadb', [`--socket=${socket}`, '-uroot', '-e',
      `CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY '${dbPassword}'; GRANT ALL ON wp.* TO 'wp'@'localhost';`]);

    // WordPress: a fresh copy (plugins are installed into it), our own wp-config.php.
    site.port = await freePort();
    site.url = `http://127.0.0.1:${site.port}`;
    // Debian links a few libraries in (underscore, getID3, …) by relative links: copy their contents. The
    // .htaccess link (Apache's) is not needed here.
    cpSync(WORDPRESS, site.root, { recursive: true, dereference: true, filter: (src) => !src.endsWith('/.htaccess') });
    mkdirSync(join(site.root, 'wp-content', 'uploads'), { recursive: true });
    // The site is offline: WordPress's own update checks would fail and log a PHP warning on admin
    // pages, so they are turned off.
    mkdirSync(join(site.root, 'wp-content', 'mu-plugins'), { recursive: true });
    writeFileSync(join(site.root, 'wp-content', 'mu-plugins', 'offline-test-site.php'), `<?php
add_action('init', static function () {
    foreach (['admin_init' => ['_maybe_update_core', '_maybe_update_plugins', '_maybe_update_themes'],
        'load-plugins.php' => ['wp_update_plugins'], 'load-update.php' => ['wp_update_plugins', 'wp_update_themes'],
        'load-update-core.php' => ['wp_update_plugins', 'wp_update_themes'], 'load-themes.php' => ['wp_update_themes'],
        'init' => ['wp_schedule_update_checks']] as $hook => $callbacks) {
        foreach ($callbacks as $callback) {
            remove_action($hook, $callback);
        }
    }
}, 0);
// What is left of them gets "service unavailable" at once, which WordPress takes quietly.
add_filter('pre_http_request', static function ($pre, $args, $url) {
    if (!str_contains((string) $url, 'wordpress.org')) {
        return $pre;
    }
    return ['headers' => [], 'body' => '', 'response' => ['code' => 503, 'message' => 'offline'], 'cookies' => [], 'filename' => null];
}, 10, 3);
`);
    const key = () => randomBytes(24).toString('hex');
    const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
      .map((k) => `define('${k}', '${key()}');`).join('\n');
    writeFileSync(join(site.root, 'wp-config.php'), `<?php
define('DB_NAME', 'wp');
define('DB_USER', 'wp');
define('DB_PASSWORD', '${dbPassword}');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${keys}
$table_prefix = 'wp_';
define('WP_HOME', '${site.url}');
define('WP_SITEURL', '${site.url}');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${site.debugLog}');
define('WP_DEBUG_DISPLAY', false);
define('SCRIPT_DEBUG', false);
define('WP_ENVIRONMENT_TYPE', 'local');
define('FS_METHOD', 'direct');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
if (!defined('ABSPATH')) {
    define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
`);
    const installed = execFileSync('php', [join(HERE, 'install.php'), site.root, site.adminPassword], { encoding: 'utf8' });
    Object.assign(site, JSON.parse(installed.trim().split('\n').pop()));

    const php = spawn('php', ['-d', 'upload_max_filesize=128M', '-d', 'post_max_size=128M', '-d', 'memory_limit=256M',
      '-S', `127.0.0.1:${site.port}`, '-t', site.root, join(HERE, 'router.php')], {
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    children.push(php);
    let phpOutput = '';
    php.stderr.on('data', (chunk) => { phpOutput = (phpOutput + chunk).slice(-200000); });
    site.phpServerOutput = () => phpOutput;
    await until('the PHP server', async () => {
      if (php.exitCode !== null) throw new Error(`php -S exited: ${phpOutput.slice(-2000)}`);
      try {
        return (await fetch(`${site.url}/wp-login.php`)).ok;
      } catch {
        return false;
      }
    });
    return site;
  } catch (error) {
    await site.stop();
    throw error;
  }
}

/** Runs PHP inside the site (WordPress loaded) and returns what it prints. */
export function sitePhp(site, code) {
  const script = join(site.dir, `run-${randomBytes(4).toString('hex')}.php`);
  writeFileSync(script, `<?php\n$_SERVER['HTTP_HOST'] = '127.0.0.1:${site.port}';\nrequire '${site.root}/wp-load.php';\n${code}\n`);
  try {
    return execFileSync('php', [script], { encoding: 'utf8' });
  } finally {
    rmSync(script, { force: true });
  }
}
