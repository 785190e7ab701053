/** Calls and events of the choose step; owned by its engine. Each entry: defineCall(requestSchema, responseSchema). */
export const chooseCalls = {} as const;
export const chooseEvents = {} as const;
