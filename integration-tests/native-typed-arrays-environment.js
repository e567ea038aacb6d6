const { TestEnvironment } = require("jest-environment-node")

// Jest runs each test file in its own realm, with its own typed-array classes. onnxruntime-node's
// native addon returns typed arrays of Node's main realm, which onnxruntime-common then rejects
// with `instanceof` ("A float32 tensor's data must be type of Float32Array"). Tests that run an
// ONNX model opt in with `@jest-environment <this file>`: the two realms then share the classes.
const TYPED_ARRAYS = [
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float32Array",
  "Float64Array",
  "BigInt64Array",
  "BigUint64Array",
]

module.exports = class NativeTypedArraysEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context)
    for (const name of TYPED_ARRAYS) this.global[name] = globalThis[name]
  }
}
