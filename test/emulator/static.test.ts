import { Client, getRawPath, useEmulator } from './harness'

const emulator = useEmulator()

describe('the H5 build', () => {
  test('/ serves index.html, revalidated on every load', async () => {
    const response = await fetch(emulator().url)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('no-cache')
    expect(await response.text()).toContain('绩效自评')
  })

  test('hashed scripts are served with their type and cached for good', async () => {
    const response = await fetch(new URL('/js/app.0123abcd.js', emulator().url))
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('cache-control')).toContain('immutable')
  })

  test('a missing file is 404', async () => {
    expect((await new Client(emulator()).raw('/js/nothing.js')).status).toBe(404)
  })

  test.each(['/../secret.txt', '/js/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/js/..%2F..%2Fsecret.txt'])(
    'nothing outside the build is reachable: %s',
    async (path) => {
      const { status, body } = await getRawPath(emulator(), path)
      expect([403, 404]).toContain(status)
      expect(body).not.toContain('top secret')
    },
  )
})
