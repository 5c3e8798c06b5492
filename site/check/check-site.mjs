// Opens every page of the specification site (site/target/site/, written by "mvn verify") in headless
// Chromium through playwright-core and fails on
//   - a link to a page or file of the site that does not exist, or to an anchor that the page lacks,
//   - a page that no link reaches from the start page,
//   - an error on the console, an uncaught exception, or a request of the site that fails,
//   - horizontal overflow at a phone's width (375 CSS pixels): the reader would have to scroll sideways.
// Links that leave the site (the repository, laws, sources of the code lists) are counted, not fetched.
// Writes a screenshot of each kind of page (index, type, code list, rules, migration) at a desktop's and
// a phone's width into site/target/screenshots/.
//
//   node site/check/check-site.mjs [SITE_FOLDER] [SCREENSHOT_FOLDER]
// The browser is Debian's chromium (/usr/bin/chromium) unless CHROMIUM names another.
import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const siteDir = resolve(process.argv[2] ?? join(here, "../target/site"));
const shotDir = resolve(process.argv[3] ?? join(here, "../target/screenshots"));
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };
const SHOTS = [
  ["index", "de/index.html"],
  ["type", "de/2.0/Measure.html"],
  ["codelist", "de/codelists/legal-basis.html"],
  ["rules", "de/rules.html"],
  ["migration", "en/migration.html"],
];

if (!existsSync(join(siteDir, "index.html"))) {
  console.error(`no site in ${siteDir}: run "mvn -B verify" (or package) first`);
  process.exit(2);
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(siteDir, path).split(sep).join("/")];
  });
}
const allFiles = new Set(files(siteDir));
const pages = [...allFiles].filter((f) => f.endsWith(".html")).sort();

const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".json": "application/json" };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://localhost").pathname).replace(/^\//, "") || "index.html";
  if (!allFiles.has(path)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
  res.end(readFileSync(join(siteDir, path)));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const problems = [];
const idsByPage = new Map();
const linksByPage = new Map();
let external = 0;
const browser = await chromium.launch({ executablePath });
try {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  let current = "";
  page.on("console", (m) => { if (m.type() === "error") problems.push(`${current}: console error: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`${current}: uncaught exception: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`${current}: request failed: ${r.url()}`));
  page.on("response", (r) => { if (r.status() >= 400) problems.push(`${current}: ${r.status()} for ${r.url()}`); });
  for (const path of pages) {
    current = path;
    await page.goto(`${origin}/${path}`, { waitUntil: "load" });
    const found = await page.evaluate(() => {
      const root = document.documentElement;
      const wide = root.scrollWidth > root.clientWidth
        ? [...document.querySelectorAll("body *")]
            .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 0.5)
            .slice(0, 5)
            .map((e) => `<${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}${e.className ? "." + e.className : ""}>`)
        : [];
      return {
        ids: [...document.querySelectorAll("[id]")].map((e) => e.id),
        duplicateIds: [...document.querySelectorAll("[id]")].map((e) => e.id).filter((id, i, all) => all.indexOf(id) !== i),
        links: [...document.querySelectorAll("a[href], link[href]")].map((a) => a.href),
        overflow: root.scrollWidth - root.clientWidth,
        wide,
        title: document.title,
        lang: root.lang,
      };
    });
    idsByPage.set(path, new Set(found.ids));
    linksByPage.set(path, found.links);
    if (found.overflow > 0) {
      problems.push(`${path}: ${found.overflow} px of horizontal overflow at ${PHONE.width} px, from ${found.wide.join(", ")}`);
    }
    for (const id of new Set(found.duplicateIds)) problems.push(`${path}: the id "${id}" occurs more than once`);
    if (!found.title.trim()) problems.push(`${path}: no title`);
    if (!found.lang) problems.push(`${path}: no lang attribute`);
  }

  // links and anchors, once every page's ids are known; and which pages the start page reaches
  const reached = new Set(["index.html"]);
  const queue = ["index.html"];
  const targets = new Map();
  for (const [path, links] of linksByPage) {
    targets.set(path, []);
    for (const href of links) {
      const url = new URL(href);
      if (url.protocol === "data:") {
        continue;
      }
      if (url.origin !== origin) {
        external++;
        continue;
      }
      const target = decodeURIComponent(url.pathname).replace(/^\//, "") || "index.html";
      if (!allFiles.has(target)) {
        problems.push(`${path}: broken link to ${target}`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.replace(/^#/, ""));
      if (anchor && target.endsWith(".html") && !idsByPage.get(target).has(anchor)) {
        problems.push(`${path}: link to ${target}#${anchor}, which has no such anchor`);
      }
      targets.get(path).push(target);
    }
  }
  while (queue.length) {
    for (const next of targets.get(queue.shift()) ?? []) {
      if (next.endsWith(".html") && !reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  for (const path of pages) if (!reached.has(path)) problems.push(`${path}: no link from the start page reaches it`);

  mkdirSync(shotDir, { recursive: true });
  for (const [kind, path] of SHOTS) {
    if (!allFiles.has(path)) {
      problems.push(`screenshot: the ${kind} page ${path} does not exist`);
      continue;
    }
    for (const [width, viewport] of [["desktop", DESKTOP], ["phone", PHONE]]) {
      await page.setViewportSize(viewport);
      await page.goto(`${origin}/${path}`, { waitUntil: "load" });
      await page.screenshot({ path: join(shotDir, `${kind}-${width}.png`) });
    }
  }
} finally {
  await browser.close();
  server.close();
}

const links = [...linksByPage.values()].reduce((n, l) => n + l.length, 0);
console.log(`site check: ${pages.length} pages, ${links} links (${external} leave the site, not fetched), ` +
  `screenshots in ${relative(process.cwd(), shotDir) || "."}`);
if (problems.length) {
  for (const p of problems.slice(0, 200)) console.error(`  ${p}`);
  if (problems.length > 200) console.error(`  ... and ${problems.length - 200} more`);
  console.error(`site check: ${problems.length} problems`);
  process.exit(1);
}
