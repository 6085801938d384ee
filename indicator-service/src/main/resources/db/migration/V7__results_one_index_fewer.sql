-- Every result written pays for every index of indicator_result. This one, on a unit's current
-- results by period start, is served as well by indicator_result_current (unit first, current
-- only) and by the unique key (unit first, every revision), which a result's writing keeps anyway.
drop index indicator_result_unit_period;
