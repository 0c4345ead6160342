// The frozen definitions of the versions a page of responses answered, fetched once each (the
// getVersion query caches them), so every cell reads in its own version's wording and labels.
// Cells show the raw answer until their version's definition has arrived.
import { createEffect, createSignal } from 'solid-js'
import type { Definition } from '../../../../server/domain/questionnaire/definition'
import { getVersion, type ResponseItem } from '../../api/responses'

const keyOf = (item: Pick<ResponseItem, 'questionnaireId' | 'version'>) =>
  `${item.questionnaireId}:${item.version}`

export function useVersionDefinitions(items: () => readonly ResponseItem[]) {
  const [definitions, setDefinitions] = createSignal(new Map<string, Definition>())
  const asked = new Set<string>()
  createEffect(() => {
    for (const item of items()) {
      const key = keyOf(item)
      if (item.version === null || asked.has(key)) continue
      asked.add(key)
      getVersion(String(item.questionnaireId), String(item.version)).then(
        (version) => setDefinitions((map) => new Map(map).set(key, version.definition)),
        () => asked.delete(key),
      )
    }
  })
  return (item: ResponseItem) => definitions().get(keyOf(item))
}
