"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k,
counting elements from 0; a[0] is always the smallest item.  heappush,
heappop, heapify, heapreplace and heappushpop keep that invariant;
nlargest, nsmallest and merge build on it.  Only `<` is used to compare
items, in the same order as CPython's heapq, so items with a custom
__lt__ see the same calls.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _changed():
    return RuntimeError('list changed size during iteration')


def _siftdown(heap, startpos, pos):
    # Moves heap[pos] towards the root (not above startpos) while it is
    # smaller than its parent, swapping as it goes so the list stays a
    # permutation of its items even if a comparison fails.
    size = len(heap)
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            if size != len(heap):
                raise _changed()
            heap[pos] = parent
            heap[parentpos] = newitem
            pos = parentpos
        else:
            if size != len(heap):
                raise _changed()
            return


def _siftup(heap, pos):
    # Moves the smaller child up until a leaf is reached, then sifts the
    # item that was at pos back down to its place.
    endpos = len(heap)
    startpos = pos
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        if childpos + 1 < endpos:
            if not heap[childpos] < heap[childpos + 1]:
                childpos += 1
            if endpos != len(heap):
                raise _changed()
        child = heap[childpos]
        heap[childpos] = heap[pos]
        heap[pos] = child
        pos = childpos
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    # _siftdown for a max-heap.
    size = len(heap)
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            if size != len(heap):
                raise _changed()
            heap[pos] = parent
            heap[parentpos] = newitem
            pos = parentpos
        else:
            if size != len(heap):
                raise _changed()
            return


def _siftup_max(heap, pos):
    # _siftup for a max-heap.
    endpos = len(heap)
    startpos = pos
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        if childpos + 1 < endpos:
            if not heap[childpos + 1] < heap[childpos]:
                childpos += 1
            if endpos != len(heap):
                raise _changed()
        child = heap[childpos]
        heap[childpos] = heap[pos]
        heap[pos] = child
        pos = childpos
    _siftdown_max(heap, startpos, pos)


def _not_list(fname, heap):
    return TypeError('%s() argument 1 must be list, not %s'
                     % (fname, type(heap).__name__))


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    if type(heap) is not list and not isinstance(heap, list):
        raise _not_list('heappush', heap)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if type(heap) is not list and not isinstance(heap, list):
        raise TypeError('heappop() argument must be list, not %s'
                        % type(heap).__name__)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return item
    return last


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item.

    This is more efficient than heappop() followed by heappush(), and can be
    more appropriate when using a fixed-size heap.  Note that the value
    returned may be larger than item!  That constrains reasonable uses of
    this routine unless written as part of a conditional replacement:

        if item > heap[0]:
            item = heapreplace(heap, item)
    """
    if type(heap) is not list and not isinstance(heap, list):
        raise _not_list('heapreplace', heap)
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return top


def heappushpop(heap, item, /):
    """Fast version of a heappush followed by a heappop."""
    if type(heap) is not list and not isinstance(heap, list):
        raise _not_list('heappushpop', heap)
    if not heap:
        return item
    if not heap[0] < item:
        return item
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return top


def _top_bit(n):
    # The highest power of two not above n (n > 0).
    return 1 << (n.bit_length() - 1)


def _heapify_with(heap, siftup):
    n = len(heap)
    if n <= 2500:
        i = (n >> 1) - 1
        while i >= 0:
            siftup(heap, i)
            i -= 1
        return
    # Bigger lists are heapified one subtree at a time, each completed
    # subtree's parent sifted as soon as its right sibling is done, so the
    # work stays within a cache-sized region (the order CPython uses).
    m = n >> 1
    leftmost = _top_bit(m + 1) - 1
    mhalf = m >> 1
    i = leftmost - 1
    while i >= mhalf:
        j = i
        while True:
            siftup(heap, j)
            if not j & 1:
                break
            j >>= 1
        i -= 1
    i = m - 1
    while i >= leftmost:
        j = i
        while True:
            siftup(heap, j)
            if not j & 1:
                break
            j >>= 1
        i -= 1


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    if type(heap) is not list and not isinstance(heap, list):
        raise TypeError('heapify() argument must be list, not %s'
                        % type(heap).__name__)
    _heapify_with(heap, _siftup)


def _heapify_max(heap, /):
    """Maxheap variant of heapify."""
    if type(heap) is not list and not isinstance(heap, list):
        raise TypeError('_heapify_max() argument must be list, not %s'
                        % type(heap).__name__)
    _heapify_with(heap, _siftup_max)


def _heappop_max(heap, /):
    """Maxheap variant of heappop."""
    if type(heap) is not list and not isinstance(heap, list):
        raise TypeError('_heappop_max() argument must be list, not %s'
                        % type(heap).__name__)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return item
    return last


def _heapreplace_max(heap, item, /):
    """Maxheap variant of heapreplace."""
    if type(heap) is not list and not isinstance(heap, list):
        raise _not_list('_heapreplace_max', heap)
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return top


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))
    ['dog', 'cat', 'fish', 'horse', 'kangaroo']

    """
    # Each entry of the heap is a list [value, order, iterator] (or
    # [key, order, value, iterator]): the order breaks ties, so equal
    # values come out in the order of their inputs and iterators are never
    # compared.
    h = []
    if reverse:
        heapify_ = _heapify_max
        heappop_ = _heappop_max
        heapreplace_ = _heapreplace_max
        direction = -1
    else:
        heapify_ = heapify
        heappop_ = heappop
        heapreplace_ = heapreplace
        direction = 1
    if key is None:
        order = 0
        for it in map(iter, iterables):
            try:
                h.append([next(it), order * direction, it])
            except StopIteration:
                pass
            order += 1
        heapify_(h)
        while len(h) > 1:
            try:
                while True:
                    s = h[0]
                    yield s[0]
                    s[0] = next(s[2])
                    heapreplace_(h, s)
            except StopIteration:
                heappop_(h)
        if h:
            s = h[0]
            yield s[0]
            yield from s[2]
        return
    order = 0
    for it in map(iter, iterables):
        try:
            value = next(it)
            h.append([key(value), order * direction, value, it])
        except StopIteration:
            pass
        order += 1
    heapify_(h)
    while len(h) > 1:
        try:
            while True:
                s = h[0]
                yield s[2]
                value = next(s[3])
                s[0] = key(value)
                s[2] = value
                heapreplace_(h, s)
        except StopIteration:
            heappop_(h)
    if h:
        s = h[0]
        yield s[2]
        yield from s[3]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        it = iter(iterable)
        missing = object()
        result = min(it, default=missing, key=key)
        return [] if result is missing else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    # A max-heap of the n smallest seen so far, each decorated with its
    # position so that ties keep their input order.
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top = result[0][0]
                order += 1
        result.sort()
        return [r[0] for r in result]
    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top = result[0][0]
            order += 1
    result.sort()
    return [r[2] for r in result]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        it = iter(iterable)
        missing = object()
        result = max(it, default=missing, key=key)
        return [] if result is missing else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    # A min-heap of the n largest seen so far, decorated with decreasing
    # positions so that ties keep their input order.
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top = result[0][0]
                order -= 1
        result.sort(reverse=True)
        return [r[0] for r in result]
    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [r[2] for r in result]
