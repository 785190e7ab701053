/** Calls and events of the remove step; owned by its engine. Each entry: defineCall(requestSchema, responseSchema). */
export const removeCalls = {} as const;
export const removeEvents = {} as const;
