"""A tiny leaderboard: keeps scores sorted as they arrive and prints the top three."""
from sortedcontainers import SortedList

scores = SortedList()
for name, points in [("ada", 42), ("linus", 17), ("grace", 58), ("ken", 33), ("barbara", 49)]:
    scores.add((-points, name))  # negative points: highest score first

print("Top three:")
for rank, (points, name) in enumerate(scores[:3], start=1):
    print(f"{rank}. {name} {-points}")
