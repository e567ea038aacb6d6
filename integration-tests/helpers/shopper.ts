import type { AxiosInstance } from "axios"
import type { Headers } from "./admin"

/** Registers and logs in a customer; returns store headers carrying their token. */
export async function createCustomerHeaders(
  api: AxiosInstance,
  store: Headers,
  email: string
): Promise<Headers & { customer_id: string }> {
  const password = "test-password-1"
  const { data: registered } = await api.post("/auth/customer/emailpass/register", {
    email,
    password,
  })
  const { data: created } = await api.post(
    "/store/customers",
    { email, first_name: "Test", last_name: "Shopper" },
    { headers: { ...store.headers, authorization: `Bearer ${registered.token}` } }
  )
  const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
  return {
    headers: { ...store.headers, authorization: `Bearer ${login.token}` },
    customer_id: created.customer.id,
  }
}

/** Places an order through the real store checkout: cart, items, payment, completion. */
export async function placeOrder(
  api: AxiosInstance,
  shopper: Headers,
  input: { region_id: string; email: string; items: { variant_id: string; quantity: number }[] }
): Promise<{ id: string }> {
  const { data: cartData } = await api.post(
    "/store/carts",
    { region_id: input.region_id, email: input.email },
    shopper
  )
  const cartId = cartData.cart.id
  for (const item of input.items) {
    await api.post(`/store/carts/${cartId}/line-items`, item, shopper)
  }
  const { data: collection } = await api.post(
    "/store/payment-collections",
    { cart_id: cartId },
    shopper
  )
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    shopper
  )
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, shopper)
  if (data.type !== "order") throw new Error(`Checkout failed: ${JSON.stringify(data)}`)
  return data.order
}
