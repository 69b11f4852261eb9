// Row parts for ink-select-input that never wrap and respect the colour setting (its default
// item colours the selection blue even when colour is off).
import {Text} from 'ink';
import type {IndicatorProps, ItemProps} from 'ink-select-input';
import type {FC} from 'react';

/** An indicator and a one-line item for a palette. */
export type RowParts = {indicator: FC<IndicatorProps>; item: FC<ItemProps>};

function make(colour: boolean): RowParts {
	return {
		indicator: ({isSelected}) => <Text color={colour ? 'cyan' : undefined} bold>{isSelected ? '› ' : '  '}</Text>,
		item: ({isSelected, label}) => <Text wrap="truncate-end" inverse={isSelected}>{label}</Text>,
	};
}

/** Built once, so rows are not remounted on every render. */
export const rowParts: Record<'colour' | 'plain', RowParts> = {colour: make(true), plain: make(false)};
