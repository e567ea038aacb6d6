// The Medusa admin in the system's Chromium, driven by playwright-core (which never downloads a
// browser): log in, open pages, take screenshots.
import fs from "node:fs"
import path from "node:path"
import { chromium, type Browser, type Locator, type Page } from "playwright-core"

export const ADMIN_EMAIL = "admin@medusa-demo.com"
export const ADMIN_PASSWORD = "supersecret"
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const VIEWPORT = { width: 1440, height: 1000 }

export type AdminBrowser = {
  page: Page
  /** Opens the login page (the first request compiles the admin) and logs in. */
  logIn(): Promise<void>
  /** Saves a screenshot of the page, or of one element, as `<name>.png`. */
  screenshot(name: string, element?: Locator): Promise<string>
  close(): Promise<void>
}

export async function openAdminBrowser(
  baseUrl: string,
  screenshotDir: string
): Promise<AdminBrowser> {
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  })
  const context = await browser.newContext({ baseURL: baseUrl, viewport: VIEWPORT })
  const page = await context.newPage()
  fs.mkdirSync(screenshotDir, { recursive: true })

  return {
    page,
    async logIn() {
      // `medusa develop` serves the admin through Vite: the first visit waits for it to compile.
      await page.goto("/app/login", { timeout: 10 * 60_000 })
      await page.locator("input[name=email]").fill(ADMIN_EMAIL, { timeout: 10 * 60_000 })
      await page.locator("input[name=password]").fill(ADMIN_PASSWORD)
      await page.locator("button[type=submit]").click()
      await page.waitForURL(/\/app\/orders/, { timeout: 2 * 60_000 })
    },
    async screenshot(name, element) {
      const file = path.join(screenshotDir, `${name}.png`)
      if (element) await element.screenshot({ path: file, animations: "disabled" })
      else await page.screenshot({ path: file, animations: "disabled" })
      return file
    },
    async close() {
      await browser.close()
    },
  }
}
