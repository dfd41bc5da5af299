// A person's path through `claimgraph serve`, in Debian's chromium driven by puppeteer-core:
// open the page, search, open a claim, follow to its entity, go back and forward, run a check,
// see the contested list; assert what the page shows, and keep a screenshot of each page.
// Usage: node browse.mjs URL SCREENSHOT_DIR
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import puppeteer from "puppeteer-core";

const [base, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });

// Chromium's first start on a fresh, busy machine can take well over puppeteer's 30 s (CI saw it
// time out once): talk over a pipe rather than waiting for the WebSocket address on stdout, give
// it two minutes, and try a second time before calling the run failed.
const launchOptions = {
  executablePath: "/usr/bin/chromium",
  headless: true,
  pipe: true,
  timeout: 120000,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--no-first-run",
         "--disable-sync"],
};
async function launchBrowser(attempts) {
  for (let attempt = 1; ; ++attempt) {
    try {
      return await puppeteer.launch(launchOptions);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.error(`chromium did not start (attempt ${attempt}): ${error.message}; trying again`);
    }
  }
}
const browser = await launchBrowser(2);
const failures = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  page.on("dialog", async (d) => { failures.push(`a dialog opened: ${d.message()}`); await d.dismiss(); });
  page.on("pageerror", (e) => failures.push(`script error: ${e.message}`));
  page.on("request", (r) => { if (!r.url().startsWith(base)) failures.push(`fetched from elsewhere: ${r.url()}`); });
  const text = (selector) => page.$eval(selector, (e) => e.textContent.trim());
  const shot = (name) => page.screenshot({ path: `${shots}/${name}.png`, fullPage: false });
  const follow = (action) => Promise.all([page.waitForNavigation(), action]);

  await page.goto(base);
  assert.match(await text("h1"), /Who claimed what/);
  await shot("home");

  // The search box, by keyboard: "/" focuses it.
  await page.keyboard.press("/");
  await page.keyboard.type("589 billion");
  await follow(page.keyboard.press("Enter"));
  assert.match(page.url(), /\/search\?q=589\+billion$/);
  assert.equal(await text("h1"), "Who claimed \u201C589 billion\u201D");
  const cards = await page.$$(".card");
  assert.ok(cards.length >= 3, `only ${cards.length} cards`);
  assert.match(await text(".card mark"), /589 billion/);
  assert.ok((await page.$$(".card .sources li a")).length > 0, "no source links");
  await shot("search");

  // j moves to the first card, Enter opens it.
  await page.keyboard.press("j");
  const claimId = await page.$eval(".card a.open", (a) => a.textContent);
  await follow(page.keyboard.press("Enter"));
  assert.equal(await text("h1"), `Claim ${claimId}`);
  assert.match(await text(".card .where"), /DeepSeek market crash \(Jan 2025\), line \d+/);
  await shot("claim");

  // Its subject's entity page, with the diagram drawn.
  const subject = await text(".card dd.subject a");
  await follow(page.click(".card dd.subject a"));
  assert.match(page.url(), /\/entity\?name=e%3A/);
  assert.ok((await text("h1")).startsWith(subject));
  await page.waitForFunction(() => document.querySelector(".diagram img")?.complete);
  assert.ok(await page.$eval(".diagram img", (img) => img.naturalWidth > 100), "the diagram did not load");
  await shot("entity");

  // Back and forward.
  await follow(page.goBack());
  assert.equal(await text("h1"), `Claim ${claimId}`);
  await follow(page.goForward());
  assert.ok((await text("h1")).startsWith(subject));

  // A check, by keyboard: "c" opens the check page, Ctrl+Enter sends it.
  await follow(page.keyboard.press("c"));
  await page.focus("#statement");
  await page.keyboard.type("NVIDIA lost about 600 billion dollars of market value on January 27, 2025. " +
                           "NVIDIA designs chips. The Nasdaq Composite fell 9 percent on January 27, 2025.");
  await page.keyboard.down("Control");
  await follow(page.keyboard.press("Enter"));
  await page.keyboard.up("Control");
  assert.match(page.url(), /\/check\?statement=NVIDIA/);
  // Every sentence in order (one paragraph: no line numbers), the one that states no figure marked
  // "not checked", and the count.
  assert.equal(await text(".checked-count"), "Checked 2 of 3 sentences.");
  const sentences = await page.$$eval(".check .sentence", (s) => s.map((e) => e.textContent));
  assert.deepEqual(sentences, [
    "NVIDIA lost about 600 billion dollars of market value on January 27, 2025.",
    "NVIDIA designs chips.",
    "The Nasdaq Composite fell 9 percent on January 27, 2025.",
  ]);
  const verdicts = await page.$$eval(".verdict", (v) => v.map((e) => e.textContent));
  assert.deepEqual(verdicts, ["supported", "not checked", "refuted"]);
  // Each checked sentence shows how it was read: subject, measure, figure, date.
  const readings = await page.$$eval(".reading", (r) => r.map((e) => e.textContent));
  assert.deepEqual(readings, [
    "Read as: NVIDIA · market value lost · about 600 billion dollars · 2025-01-27",
    "Read as: Nasdaq Composite · price fall · 9 percent · 2025-01-27",
  ]);
  await shot("check");

  await page.goto(`${base}contested`);
  assert.equal(await text("h1"), "Contested figures");
  assert.ok((await page.$$("section.contested table")).length > 0, "no contested set shown");
  await shot("contested");

  // An article's <script> is shown as text, never run (a dialog would be recorded above).
  await page.goto(`${base}search?q=Zephyr`);
  assert.match(await text(".card .where"), /Zephyr Robotics <script>alert\("x"\)<\/script>, line 9/);
  await shot("escaped");
} catch (error) {
  failures.push(error.stack || String(error));
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log("browser: home, search, claim, entity, back/forward, check, contested: as a person sees them");
