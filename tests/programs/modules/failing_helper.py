print("failing_helper runs")
COUNT = 1
raise ValueError("failing_helper cannot start")
