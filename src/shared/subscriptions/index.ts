// Subscriptions, the pure part: the feed index format, address rules, offers and "already seen".
export * from './feed-format'
export * from './feed-address'
export * from './feed-offers'
export * from './offers'
