// @ts-nocheck
import { createWriteStream } from 'node:fs'
import { Failure, type Io } from './io.js'

/**
 * Writes chunks, as they come, to a file, or to standard output when no file is given; a file that
 * cannot be written is a {@link Failure} naming it.
 *
 * @example
 * ```ts
 * await writeChunks(io, 'review.csv', reviewCsv(accessReview(world)))
 * ```
 */
export const writeChunks = async (io: Io, output: string | undefined, chunks: Iterable<string>): Promise<void> => {
  if (output === undefined) {
    for (const chunk of chunks) io.out(chunk)
    return
  }
  const file = createWriteStream(output)
  const failed = new Promise<never>((_, reject) => file.once('error', (error) => { reject(new Failure(`${output}: cannot be written (${error.message})`)) }))
  const written = (async () => {
    for (const chunk of chunks) if (!file.write(chunk)) await new Promise<void>((resolve) => file.once('drain', () => { resolve() }))
    await new Promise<void>((resolve) => file.end(resolve))
  })()
  await Promise.race([written, failed])
}
