/** Calls and events of the save step; owned by its engine. Each entry: defineCall(requestSchema, responseSchema). */
export const saveCalls = {} as const;
export const saveEvents = {} as const;
