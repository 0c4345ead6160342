// Entry of the staff console: mounts the router with the console's routes.
import { Router } from '@solidjs/router'
import { render } from 'solid-js/web'
import { routes } from './routes'
import './styles.css'

render(() => <Router>{routes}</Router>, document.getElementById('app')!)
