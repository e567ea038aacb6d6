/**
 * A progress line on stderr ("label 1200/12101 10%"), rewritten in place on a terminal and
 * printed about every 10% otherwise, so logs stay short.
 */
export function createProgress(label: string): (done: number, total: number) => void {
  const interactive = process.stderr.isTTY
  const started = Date.now()
  let lastDecile = -1
  return (done, total) => {
    const percent = total > 0 ? Math.floor((100 * done) / total) : 100
    const seconds = ((Date.now() - started) / 1000).toFixed(0)
    const line = `${label} ${done}/${total} ${percent}% ${seconds}s`
    if (interactive) {
      process.stderr.write(`\r${line}${done >= total ? "\n" : ""}`)
    } else if (Math.floor(percent / 10) > lastDecile || done >= total) {
      lastDecile = Math.floor(percent / 10)
      process.stderr.write(`${line}\n`)
    }
  }
}
