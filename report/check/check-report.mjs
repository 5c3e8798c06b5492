// The HTML period report as a Land statistician gets it: a year of generated plans for the whole
// Land, one command of the command line per language, then each report opened in headless Chromium
// through playwright-core. Fails on
//   - a chart that is not drawn: no Chart.js chart on its canvas, no data in it, or a canvas without
//     painted pixels,
//   - any request that leaves the file (the report must open offline and tell no server about itself),
//   - an error on the console (a violation of the report's content security policy is one) or an
//     uncaught exception,
//   - horizontal overflow at a phone's width (375 CSS pixels),
//   - numbers of the charts that differ from the tables beside them.
// Writes a full-page screenshot of each report at a desktop's and a phone's width into
// report/target/screenshots/.
//
//   node report/check/check-report.mjs [PLANS]
// PLANS (default 20000) generated plans of format 2.0, seed 7, through bin/integrationsplan; the browser
// is Debian's chromium (/usr/bin/chromium) unless CHROMIUM names another.
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const work = join(repo, "report/target/check");
const shotDir = join(repo, "report/target/screenshots");
const cli = join(repo, "bin/integrationsplan");
const count = process.argv[2] ?? "20000";
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

mkdirSync(work, { recursive: true });
mkdirSync(shotDir, { recursive: true });

// the Land's secret, readable by its owner only, as the command demands
const key = join(work, "land.key");
writeFileSync(key, Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 73 + 11) & 0xff)), { mode: 0o600 });
const plans = join(work, "plans.ndjson");
const out = openSync(plans, "w");
execFileSync(cli, ["generate", "--count", count, "--seed", "7", "--schema-version", "2.0"], { stdio: ["ignore", out, "inherit"] });
closeSync(out);

const reports = [];
for (const lang of ["de", "en"]) {
  const file = join(work, `report-${lang}.html`);
  const fd = openSync(file, "w");
  execFileSync(cli, ["report", "--lang", lang, "--from", "2026-01-01", "--to", "2026-11-30", "--key-file", key,
    "--format", "html", plans], { stdio: ["ignore", fd, "inherit"] });
  closeSync(fd);
  reports.push({ lang, file });
}

const problems = [];
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
try {
  for (const { lang, file } of reports) {
    const url = pathToFileURL(file).href;
    for (const [width, viewport] of [["desktop", DESKTOP], ["phone", PHONE]]) {
      const page = await browser.newPage({ viewport });
      const where = `report-${lang} (${width})`;
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning") {
          problems.push(`${where}: console ${m.type()}: ${m.text()}`);
        }
      });
      page.on("pageerror", (e) => problems.push(`${where}: uncaught ${e.message}`));
      await page.route("**/*", (route) => {
        if (route.request().url() === url) {
          return route.continue();
        }
        problems.push(`${where}: the report asked for ${route.request().url()}`);
        return route.abort();
      });
      await page.goto(url, { waitUntil: "load" });
      await page.waitForSelector("html[data-charts=drawn]", { timeout: 10000 }).catch(() => {
        problems.push(`${where}: the charts' script did not finish`);
      });
      const charts = await page.evaluate(() => {
        return ["chart-topics", "chart-status"].map((id) => {
          const canvas = document.getElementById(id);
          const chart = window.Chart && window.Chart.getChart(canvas);
          const sum = chart ? chart.data.datasets.flatMap((d) => d.data).reduce((a, b) => a + b, 0) : 0;
          // painted pixels: a canvas Chart.js drew on is no longer transparent in its plot area
          const ctx = canvas.getContext("2d");
          const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
          let painted = 0;
          for (let i = 3; i < data.length; i += 4) {
            if (data[i] !== 0) painted++;
          }
          return { id, drawn: !!chart, sum, painted, pixels: canvas.width * canvas.height,
            bars: chart ? chart.data.labels.length : 0 };
        });
      });
      for (const c of charts) {
        if (!c.drawn) problems.push(`${where}: no chart on #${c.id}`);
        if (c.sum <= 0) problems.push(`${where}: #${c.id} shows no values`);
        if (c.painted < c.pixels * 0.02) problems.push(`${where}: #${c.id} is nearly blank (${c.painted} of ${c.pixels} pixels)`);
      }
      // the chart of the status over the period has a bar per table row, and the same numbers
      const agree = await page.evaluate(() => {
        const chart = window.Chart.getChart(document.getElementById("chart-status"));
        const rows = [...document.querySelectorAll("#table-statusOverPeriod tbody tr")];
        const parse = (s) => Number(s.replace(/[.,\s]/g, ""));
        const mismatches = [];
        rows.forEach((row, i) => {
          [...row.querySelectorAll("td")].forEach((cell, j) => {
            if (parse(cell.textContent) !== chart.data.datasets[j].data[i]) {
              mismatches.push(`${row.querySelector("th").textContent} ${chart.data.datasets[j].label}`);
            }
          });
        });
        return { rows: rows.length, bars: chart.data.labels.length, mismatches };
      });
      if (agree.rows !== agree.bars || agree.rows < 2) {
        problems.push(`${where}: ${agree.bars} bars of the status chart, ${agree.rows} rows of its table`);
      }
      if (agree.mismatches.length) problems.push(`${where}: chart and table differ at ${agree.mismatches.join(", ")}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) problems.push(`${where}: ${overflow} px wider than the window`);
      const lang2 = await page.evaluate(() => document.documentElement.lang);
      if (lang2 !== lang) problems.push(`${where}: <html lang="${lang2}">`);
      await page.screenshot({ path: join(shotDir, `report-${lang}-${width}.png`), fullPage: true });
      await page.close();
    }
    console.log(`${file}: ${readFileSync(file).length} bytes, checked at desktop and phone widths`);
  }
} finally {
  await browser.close();
}
if (problems.length) {
  console.error(problems.join("\n"));
  console.error(`${problems.length} problems in the HTML report`);
  process.exit(1);
}
console.log(`HTML reports in Chromium: charts drawn, nothing loaded, no console errors; screenshots in ${shotDir}`);
