// Module hook for the cold-start child: `import ... from "electron"` resolves to the stub next to this file.
export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: new URL('./electron-stub.mjs', import.meta.url).href, shortCircuit: true }
  return next(specifier, context)
}
