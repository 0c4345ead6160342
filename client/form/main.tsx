// Entry of the citizen questionnaire (/s/:slug): renders from the payload the server inlined in
// the page, so the first paint needs no API call, then keeps the link for offline visits. Nothing
// here is shared with the console.
import { render } from 'solid-js/web'
import { App } from './App'
import { keepFormOffline } from './offline/register'
import { readPayload } from './payload'
import './styles.css'

const root = document.getElementById('form')!
root.textContent = ''
render(() => <App payload={readPayload()} />, root)
keepFormOffline()
