// The first interaction on an article page with the CPU slowed 4× (Chrome's DevTools Protocol
// throttling): from the reader's input event to the page showing its effect. Typing in the
// feedback box must update the counter, and tapping a text size must apply it.
import { chromium } from '@playwright/test';
import fs from 'node:fs';

const systemChromium = '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Milliseconds from the input event to the first DOM change under `selector`, in the page. */
function watchLatency(page, selector, eventType, attributes) {
  return page.evaluate(
    ({ selector, eventType, attributes }) =>
      new Promise((resolve) => {
        let startedAt = null;
        addEventListener(eventType, (event) => (startedAt ??= event.timeStamp), { capture: true, once: true });
        const target = document.querySelector(selector);
        new MutationObserver(() => {
          if (startedAt !== null) resolve(performance.now() - startedAt);
        }).observe(target, { subtree: true, childList: true, characterData: true, attributes });
      }),
    { selector, eventType, attributes },
  );
}

export async function measureFirstInteraction(url, { slowdown = 4 } = {}) {
  const browser = await chromium.launch({ executablePath: fs.existsSync(systemChromium) ? systemChromium : undefined, args });
  try {
    const results = {};
    for (const [name, act] of Object.entries({
      'typing in the feedback box → counter': async (page) => {
        const latency = watchLatency(page, '#feedback-count', 'keydown', false);
        await page.locator('#feedback-message').press('a');
        return latency;
      },
      'tapping a text size → applied': async (page) => {
        const latency = watchLatency(page, 'html', 'pointerdown', true);
        await page.locator('label', { has: page.locator('input[value="largest"]') }).click();
        return latency;
      },
    })) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: false });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      await page.goto(url, { waitUntil: 'load' });
      results[name] = await act(page);
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}
