// @ts-nocheck
import { describe, expect, test } from 'vitest'
import { codecs, compile, encode, type WorldInput } from '../../src/index.js'
import { readableDriver } from '../../src/snapshot/kept.js'

const world: WorldInput = {
  tenant: {
    users: [{ id: 'ana', kind: 'internal' }, { id: 'bo', kind: 'internal' }],
    workspaces: [{ id: 'w', members: [{ user: 'ana' }] }],
    models: [
      {
        id: 'm',
        workspace: 'w',
        lists: [
          { id: 'region', items: [{ id: 'emea' }, { id: '__proto__' }] },
          { id: 'country', parent: 'region', items: [{ id: 'de', parent: 'emea' }] },
          { id: 'empty', items: [] },
          { id: 'none' },
        ],
        drivers: [
          { id: 'by-region', dimensions: ['region'], values: [{ value: true, items: { region: '__proto__' } }, { items: { region: 'emea' }, value: false }] },
          { id: 'by-user', dimensions: ['users'], values: [{ user: 'bo', value: true }, { value: false, user: 'ana' }] },
          { id: 'by-user-with-items', dimensions: ['users'], values: [{ user: 'bo', items: {}, value: true }] },
          { id: 'two', dimensions: ['country', 'users'], values: [{ items: { country: 'de' }, user: 'bo', value: true }, { items: { country: 'de' }, user: 'ana', value: false }] },
          { id: 'global', values: [{ value: true }] },
          { id: 'no-values', dimensions: ['region'] },
          { id: 'empty-values', dimensions: ['region'], values: [] },
        ],
        modules: [{ id: 'mod', lists: ['region', 'country'], lineItems: [{ id: 'li', readDriver: 'by-region' }] }],
      },
    ],
  },
}

describe('the part of its input a snapshot keeps', () => {
  test.each([
    ['one list dimension, each value naming its item only', 'by-region', true],
    ['the users dimension, each value naming its user only', 'by-user', true],
    ['the users dimension with an (empty) items record', 'by-user-with-items', false],
    ['two dimensions', 'two', false],
    ['no dimension (a global driver)', 'global', false],
    ['one dimension and no values', 'empty-values', true],
  ])('a driver with %s is read back from its record: %s → %s', (_, driverId, readable) => {
    const driver = world.tenant?.models[0]?.drivers?.find((d) => d.id === driverId)
    expect(driver === undefined ? undefined : readableDriver(driver)).toBe(readable)
  })

  test('encode gives back lists and drivers exactly as decoded (order, prototypes, absent and empty arrays), kept or read back', () => {
    const compiled = compile(structuredClone(world))
    const decoded = codecs.world.decode(structuredClone(world))
    if (compiled._tag === 'Left' || decoded._tag === 'Left') throw new Error('the world compiles')
    const [encoded, expected] = [encode(compiled.right).tenant?.models[0], decoded.right.tenant?.models[0]]
    expect(encoded?.lists).toStrictEqual(expected?.lists)
    expect(encoded?.drivers).toStrictEqual(expected?.drivers)
  })
})
