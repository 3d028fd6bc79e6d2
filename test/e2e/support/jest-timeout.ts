// A browser journey takes minutes; jest reads `testTimeout` from the root config only, so the e2e project sets it here.
jest.setTimeout(300_000)
