/** Browser: a hidden file input for `accept`; resolves to the files picked (at most `count`; [] when cancelled). */
export function pickFiles(accept: string, count: number, testId: string): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.multiple = count > 1
    input.style.display = 'none'
    input.setAttribute('data-testid', testId)
    const done = (files: File[]) => {
      input.remove()
      resolve(files.slice(0, count))
    }
    input.addEventListener('change', () => done(Array.from(input.files ?? [])))
    input.addEventListener('cancel', () => done([]))
    document.body.appendChild(input)
    input.click()
  })
}
