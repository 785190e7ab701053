import type { Collector } from './collector';
import { osInfoCollector } from './si-os-info';
import { processesCollector } from './si-processes';
import { servicesCollector } from './si-services';

/** Every collector SafeSwitch knows; each declares the platforms it runs on. */
export const allCollectors: readonly Collector[] = [osInfoCollector, processesCollector, servicesCollector];
