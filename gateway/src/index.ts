export { createGateway, type Gateway, type GatewayOptions } from './gateway.js';
export { EXAMPLE_QUERY } from './explorer.js';
export { signInRefusal } from './sign-in/bind-check.js';
