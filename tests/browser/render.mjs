// Renders every .html and .svg file of a folder in headless Chromium, as an officer's browser would print it, and
// reports what does not fit: usage `node render.mjs <in> <out>`. For each file it writes <out>/<name>.png (and
// <name>.pdf for a page) and prints one JSON line {file, pages, problems}. The checks:
// - a page (A4, print media): nothing wider than the sheet, no element whose content is cut by its box, every
//   table row kept on one sheet (break-inside: avoid), and the fonts it names by name resolve to a Japanese font;
// - an SVG: every text lies inside the viewBox.
// Chromium is Debian's (/usr/bin/chromium, installed by scripts/test.sh), never a browser the tool downloads.
import { chromium } from 'playwright-core';
import { readdirSync, mkdirSync } from 'node:fs';
import { join, resolve, extname, basename } from 'node:path';
import { pathToFileURL } from 'node:url';

const [input, output] = process.argv.slice(2).map((p) => resolve(p));
mkdirSync(output, { recursive: true });

// 210 mm at CSS's 96 px per inch: the width a browser lays an A4 page out in before its @page margins.
const A4 = { width: 794, height: 1123 };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  // Without the background-networking flags Chromium keeps trying hosts this closed network refuses.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--font-render-hinting=none'],
});

try {
  for (const name of readdirSync(input).sort()) {
    const kind = extname(name);
    if (kind !== '.html' && kind !== '.svg') continue;
    const page = await browser.newPage({ viewport: A4 });
    await page.goto(pathToFileURL(join(input, name)).href);
    await page.evaluate(() => document.fonts.ready);
    const stem = join(output, basename(name, kind));
    let result;
    if (kind === '.svg') {
      result = await page.evaluate(svgProblems);
      await page.locator('svg').screenshot({ path: `${stem}.png` });
    } else {
      await page.emulateMedia({ media: 'print' });
      result = await page.evaluate(pageProblems);
      await page.screenshot({ path: `${stem}.png`, fullPage: true });
      const pdf = await page.pdf({ path: `${stem}.pdf`, preferCSSPageSize: true, printBackground: true });
      result.pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    }
    console.log(JSON.stringify({ file: name, ...result }));
    await page.close();
  }
} finally {
  await browser.close();
}

function svgProblems() {
  const svg = document.querySelector('svg');
  const box = svg.viewBox.baseVal;
  const problems = [];
  for (const text of svg.querySelectorAll('text')) {
    const b = text.getBBox();
    if (b.x < box.x - 0.5 || b.y < box.y - 0.5 || b.x + b.width > box.x + box.width + 0.5 || b.y + b.height > box.y + box.height + 0.5) {
      problems.push(`text "${text.textContent}" at ${b.x.toFixed(0)},${b.y.toFixed(0)} size ${b.width.toFixed(0)}×${b.height.toFixed(0)} leaves the ${box.width}×${box.height} canvas`);
    }
  }
  return { pages: 1, problems };
}

function pageProblems() {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    problems.push(`the page is ${root.scrollWidth}px wide, wider than the sheet (${root.clientWidth}px)`);
  }
  for (const element of document.body.querySelectorAll('*')) {
    const style = getComputedStyle(element);
    const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.textOverflow === 'ellipsis';
    if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0 && (clips || element.tagName === 'TD' || element.tagName === 'TH')) {
      problems.push(`<${element.tagName.toLowerCase()}> "${element.textContent.trim().slice(0, 40)}" is cut: content ${element.scrollWidth}px in a ${element.clientWidth}px box`);
    }
    const right = element.getBoundingClientRect().right;
    if (right > root.clientWidth + 1) {
      problems.push(`<${element.tagName.toLowerCase()}> "${element.textContent.trim().slice(0, 40)}" ends at ${right.toFixed(0)}px, past the sheet (${root.clientWidth}px)`);
    }
  }
  for (const row of document.querySelectorAll('tr')) {
    if (getComputedStyle(row).breakInside !== 'avoid') {
      problems.push(`a table row may be split across sheets: "${row.textContent.trim().slice(0, 40)}"`);
    }
  }
  const families = getComputedStyle(document.body).fontFamily;
  if (!/Noto (Serif|Sans) CJK JP|Mincho|Gothic|Hiragino|IPAex/.test(families)) {
    problems.push(`the page names no Japanese font: ${families}`);
  }
  return { problems };
}
