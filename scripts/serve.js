// A small static server for the built task pane (build/) and the samples (/samples/), on localhost only.
// `node scripts/serve.js [--port 3000] [--root build] [--samples samples] [--pid FILE]`; also used by the tests.
const http = require('http');
const fs = require('fs');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function resolveInside(root, urlPath) {
  const file = path.resolve(root, `.${urlPath}`);
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

function serve({ root, samples, port = 3000, host = '127.0.0.1' }) {
  const roots = { '/samples/': samples && path.resolve(samples), '/': path.resolve(root) };
  const server = http.createServer((req, res) => {
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (urlPath === '/') urlPath = '/taskpane.html';
    const prefix = urlPath.startsWith('/samples/') && roots['/samples/'] ? '/samples/' : '/';
    const file = resolveInside(roots[prefix], prefix === '/' ? urlPath : urlPath.slice(prefix.length - 1));
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

module.exports = { serve };

if (require.main === module) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  serve({ root: arg('root', 'build'), samples: arg('samples', undefined), port: Number(arg('port', 3000)) }).then((server) => {
    const pid = arg('pid', undefined);
    if (pid) fs.writeFileSync(pid, String(process.pid));
    console.log(`http://localhost:${server.address().port}/taskpane.html`);
  });
}
