// Rendering pages against the emulator takes longer than jest's default 5 s; jest reads testTimeout from the root config only.
jest.setTimeout(120_000)
