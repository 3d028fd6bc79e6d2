// Preloaded into the reading bench (and its worker threads): any attempt to reach the network fails loudly.
const http = require('node:http')
const https = require('node:https')
const net = require('node:net')
function refuse(what) {
  return () => {
    process.stderr.write(`NETWORK ATTEMPT: ${what}\n`)
    throw new Error(`network is cut for the reading bench (${what})`)
  }
}
globalThis.fetch = refuse('fetch')
http.request = refuse('http.request')
https.request = refuse('https.request')
net.connect = refuse('net.connect')
