// Store API requests from the test, each on a new connection: right after it starts, `medusa
// develop` can block for seconds while Vite prepares the admin, then close the connections it
// kept alive meanwhile; a request sent on one of those (as fetch's pool does) is reset.
import http from "node:http"

export async function storeGet<T>(
  baseUrl: string,
  path: string,
  publishableKey: string
): Promise<{ status: number; body: T }> {
  return await new Promise((resolve, reject) => {
    const request = http.get(
      new URL(path, baseUrl),
      { agent: false, headers: { "x-publishable-api-key": publishableKey } },
      (response) => {
        let text = ""
        response.setEncoding("utf8")
        response.on("data", (chunk: string) => (text += chunk))
        response.on("end", () => {
          try {
            resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as T })
          } catch (error) {
            reject(error)
          }
        })
      }
    )
    request.on("error", reject)
  })
}
