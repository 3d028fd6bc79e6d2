import { pickFiles } from '../pick-files.h5'

/**
 * Browser: a file input for images (phones offer the camera and the album); resolves to object URLs ([] when
 * cancelled). Not Taro's chooseImage: it drops a file it cannot load (a text file named fake.jpg) without a word,
 * where the compression step refuses it with a message.
 */
export async function choosePhotos(count: number): Promise<string[]> {
  const files = await pickFiles('image/*', count, 'photo-input')
  return files.map((f) => URL.createObjectURL(f))
}
