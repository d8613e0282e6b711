import statistics

print(statistics.median([3, 1, 2]))
raise statistics.StatisticsError('no data, as statistics would say')
