package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The unmodifiable collections of List.of, Set.of, Map.of and their copyOf forms. They reject
 * null elements (even as the argument of contains or get) and every mutator throws
 * UnsupportedOperationException without a message.
 *
 * <p>Lists keep the given order. The JDK iterates Set.of and Map.of in an order that changes
 * from run to run (it mixes in a random salt); Kava iterates them in the order given.
 */
final class ImmutableCollections {
    private ImmutableCollections() {
    }

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    // ---- lists ----

    private static final ListN<?> EMPTY_LIST = new ListN<>(new Object[0]);

    @SuppressWarnings("unchecked")
    static <E> List<E> emptyList() {
        return (List<E>) EMPTY_LIST;
    }

    /**
     * A list of the given elements (the array is not copied); nulls are rejected. Lists of one
     * or two elements report a bad index as "Index: i Size: n"; longer ones (and copies) fail
     * with the array's own ArrayIndexOutOfBoundsException, as in the JDK.
     */
    @SuppressWarnings("unchecked")
    static <E> List<E> listOf(Object... elements) {
        for (Object e : elements) {
            Objects.requireNonNull(e);
        }
        if (elements.length == 0) {
            return (List<E>) EMPTY_LIST;
        }
        if (elements.length <= 2) {
            return (List<E>) new List12<Object>(elements);
        }
        return (List<E>) new ListN<Object>(elements);
    }

    /** A copy as a ListN whatever its length (List.copyOf). */
    @SuppressWarnings("unchecked")
    static <E> List<E> listCopy(Object[] elements) {
        for (Object e : elements) {
            Objects.requireNonNull(e);
        }
        if (elements.length == 0) {
            return (List<E>) EMPTY_LIST;
        }
        return (List<E>) new ListN<Object>(elements);
    }

    abstract static class AbstractImmutableCollection<E> extends AbstractCollection<E> {
        public boolean add(E e) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }
    }

    /** Marks the lists that List.copyOf can return as they are. */
    interface ImmutableList {
    }

    abstract static class AbstractImmutableList<E> extends AbstractImmutableCollection<E>
            implements List<E>, RandomAccess, ImmutableList {
        public void add(int index, E element) {
            throw uoe();
        }

        public boolean addAll(int index, Collection<? extends E> c) {
            throw uoe();
        }

        public E remove(int index) {
            throw uoe();
        }

        public void replaceAll(UnaryOperator<E> operator) {
            throw uoe();
        }

        public E set(int index, E element) {
            throw uoe();
        }

        public void sort(Comparator<? super E> c) {
            throw uoe();
        }

        public List<E> subList(int fromIndex, int toIndex) {
            int size = size();
            AbstractList.subListRangeCheck(fromIndex, toIndex, size);
            return new SubList<>(this, fromIndex, toIndex - fromIndex);
        }

        public Iterator<E> iterator() {
            return new ListItr<E>(this, size());
        }

        public ListIterator<E> listIterator() {
            return listIterator(0);
        }

        public ListIterator<E> listIterator(final int index) {
            int size = size();
            if (index < 0 || index > size) {
                throw outOfBounds(index);
            }
            return new ListItr<E>(this, size, index);
        }

        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof List)) {
                return false;
            }
            Iterator<?> oit = ((List<?>) o).iterator();
            for (int i = 0, s = size(); i < s; i++) {
                if (!oit.hasNext() || !get(i).equals(oit.next())) {
                    return false;
                }
            }
            return !oit.hasNext();
        }

        public int hashCode() {
            int hash = 1;
            for (int i = 0, s = size(); i < s; i++) {
                hash = 31 * hash + get(i).hashCode();
            }
            return hash;
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0, s = size(); i < s; i++) {
                if (o.equals(get(i))) {
                    return i;
                }
            }
            return -1;
        }

        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = size() - 1; i >= 0; i--) {
                if (o.equals(get(i))) {
                    return i;
                }
            }
            return -1;
        }

        IndexOutOfBoundsException outOfBounds(int index) {
            return new IndexOutOfBoundsException("Index: " + index + " Size: " + size());
        }
    }

    static final class ListItr<E> implements ListIterator<E> {
        private final List<E> list;
        private final int size;
        private final boolean isListIterator;
        private int cursor;

        ListItr(List<E> list, int size) {
            this.list = list;
            this.size = size;
            this.cursor = 0;
            isListIterator = false;
        }

        ListItr(List<E> list, int size, int index) {
            this.list = list;
            this.size = size;
            this.cursor = index;
            isListIterator = true;
        }

        public boolean hasNext() {
            return cursor != size;
        }

        public E next() {
            try {
                int i = cursor;
                E next = list.get(i);
                cursor = i + 1;
                return next;
            } catch (IndexOutOfBoundsException e) {
                throw new NoSuchElementException();
            }
        }

        public void remove() {
            throw uoe();
        }

        public boolean hasPrevious() {
            if (!isListIterator) {
                throw uoe();
            }
            return cursor != 0;
        }

        public E previous() {
            if (!isListIterator) {
                throw uoe();
            }
            try {
                int i = cursor - 1;
                E previous = list.get(i);
                cursor = i;
                return previous;
            } catch (IndexOutOfBoundsException e) {
                throw new NoSuchElementException();
            }
        }

        public int nextIndex() {
            if (!isListIterator) {
                throw uoe();
            }
            return cursor;
        }

        public int previousIndex() {
            if (!isListIterator) {
                throw uoe();
            }
            return cursor - 1;
        }

        public void set(E e) {
            throw uoe();
        }

        public void add(E e) {
            throw uoe();
        }
    }

    static final class SubList<E> extends AbstractImmutableList<E> {
        private final AbstractImmutableList<E> root;
        private final int offset;
        private final int size;

        SubList(AbstractImmutableList<E> root, int offset, int size) {
            this.root = root;
            this.offset = offset;
            this.size = size;
        }

        public E get(int index) {
            Objects.checkIndex(index, size);
            return root.get(offset + index);
        }

        public int size() {
            return size;
        }

        public List<E> subList(int fromIndex, int toIndex) {
            AbstractList.subListRangeCheck(fromIndex, toIndex, size);
            return new SubList<>(root, offset + fromIndex, toIndex - fromIndex);
        }
    }

    static final class ListN<E> extends AbstractImmutableList<E> {
        private final E[] elements;

        @SafeVarargs
        ListN(E... input) {
            this.elements = input;
        }

        public boolean isEmpty() {
            return elements.length == 0;
        }

        public int size() {
            return elements.length;
        }

        public E get(int index) {
            return elements[index];
        }

        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length, Object[].class);
        }
    }

    /** A list of one or two elements. */
    static final class List12<E> extends AbstractImmutableList<E> {
        private final E[] elements;

        @SafeVarargs
        List12(E... input) {
            this.elements = input;
        }

        public int size() {
            return elements.length;
        }

        public boolean isEmpty() {
            return false;
        }

        public E get(int index) {
            if (index == 0 || (index == 1 && elements.length == 2)) {
                return elements[index];
            }
            throw outOfBounds(index);
        }

        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length, Object[].class);
        }
    }

    // ---- sets ----

    /** Marks the sets that Set.copyOf can return as they are. */
    interface ImmutableSet {
    }

    private static final SetN<?> EMPTY_SET = new SetN<>(new Object[0]);

    @SuppressWarnings("unchecked")
    static <E> Set<E> emptySet() {
        return (Set<E>) EMPTY_SET;
    }

    /** A set of the elements; a null is a NullPointerException, a duplicate an error. */
    @SuppressWarnings("unchecked")
    static <E> Set<E> setOf(Object... elements) {
        if (elements.length == 0) {
            return (Set<E>) EMPTY_SET;
        }
        return new SetN<>(elements);
    }

    abstract static class AbstractImmutableSet<E> extends AbstractImmutableCollection<E>
            implements Set<E>, ImmutableSet {
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            } else if (!(o instanceof Set)) {
                return false;
            }
            Collection<?> c = (Collection<?>) o;
            if (c.size() != size()) {
                return false;
            }
            for (Object e : c) {
                if (e == null || !contains(e)) {
                    return false;
                }
            }
            return true;
        }

        public abstract int hashCode();
    }

    /** Elements in the given order plus an open-addressing index for contains. */
    static final class SetN<E> extends AbstractImmutableSet<E> {
        private final Object[] elements;
        private final Object[] table;

        SetN(Object... input) {
            elements = new Object[input.length];
            table = new Object[Math.max(2, input.length * 2)];
            int n = 0;
            for (Object e : input) {
                Objects.requireNonNull(e);
                int idx = probe(e);
                if (idx >= 0) {
                    throw new IllegalArgumentException("duplicate element: " + e);
                }
                table[-(idx + 1)] = e;
                elements[n++] = e;
            }
        }

        /** The slot holding pe, or -(empty slot + 1). */
        private int probe(Object pe) {
            int idx = Math.floorMod(pe.hashCode(), table.length);
            while (true) {
                Object ee = table[idx];
                if (ee == null) {
                    return -idx - 1;
                } else if (pe.equals(ee)) {
                    return idx;
                } else if (++idx == table.length) {
                    idx = 0;
                }
            }
        }

        public int size() {
            return elements.length;
        }

        public boolean isEmpty() {
            return elements.length == 0;
        }

        public boolean contains(Object o) {
            Objects.requireNonNull(o);
            return elements.length > 0 && probe(o) >= 0;
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int i = 0;

                public boolean hasNext() {
                    return i < elements.length;
                }

                @SuppressWarnings("unchecked")
                public E next() {
                    if (i >= elements.length) {
                        throw new NoSuchElementException();
                    }
                    return (E) elements[i++];
                }

                public void remove() {
                    throw uoe();
                }
            };
        }

        public int hashCode() {
            int h = 0;
            for (Object e : elements) {
                h += e.hashCode();
            }
            return h;
        }

        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length, Object[].class);
        }
    }

    // ---- maps ----

    /** Marks the maps that Map.copyOf can return as they are. */
    interface ImmutableMap {
    }

    private static final MapN<?, ?> EMPTY_MAP = new MapN<>(new Object[0]);

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> emptyMap() {
        return (Map<K, V>) EMPTY_MAP;
    }

    /** A map of alternating keys and values; nulls and duplicate keys are errors. */
    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> mapOf(Object... kvs) {
        if (kvs.length == 0) {
            return (Map<K, V>) EMPTY_MAP;
        }
        return new MapN<>(kvs);
    }

    abstract static class AbstractImmutableMap<K, V> extends AbstractMap<K, V>
            implements ImmutableMap {
        public void clear() {
            throw uoe();
        }

        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V computeIfAbsent(K key, Function<? super K, ? extends V> mf) {
            throw uoe();
        }

        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V put(K key, V value) {
            throw uoe();
        }

        public void putAll(Map<? extends K, ? extends V> m) {
            throw uoe();
        }

        public V putIfAbsent(K key, V value) {
            throw uoe();
        }

        public V remove(Object key) {
            throw uoe();
        }

        public boolean remove(Object key, Object value) {
            throw uoe();
        }

        public V replace(K key, V value) {
            throw uoe();
        }

        public boolean replace(K key, V oldValue, V newValue) {
            throw uoe();
        }

        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }

        public V getOrDefault(Object key, V defaultValue) {
            V v;
            return ((v = get(key)) != null) ? v : defaultValue;
        }
    }

    static final class MapN<K, V> extends AbstractImmutableMap<K, V> {
        private final Object[] keys;
        private final Object[] values;
        private final Object[] table;
        private final int[] slotToIndex;

        MapN(Object... input) {
            int n = input.length >> 1;
            keys = new Object[n];
            values = new Object[n];
            table = new Object[Math.max(2, n * 2)];
            slotToIndex = new int[table.length];
            for (int i = 0; i < n; i++) {
                Object k = Objects.requireNonNull(input[2 * i]);
                Object v = Objects.requireNonNull(input[2 * i + 1]);
                int idx = probe(k);
                if (idx >= 0) {
                    throw new IllegalArgumentException("duplicate key: " + k);
                }
                int dest = -(idx + 1);
                table[dest] = k;
                slotToIndex[dest] = i;
                keys[i] = k;
                values[i] = v;
            }
        }

        private int probe(Object pk) {
            int idx = Math.floorMod(pk.hashCode(), table.length);
            while (true) {
                Object ek = table[idx];
                if (ek == null) {
                    return -idx - 1;
                } else if (pk.equals(ek)) {
                    return idx;
                } else if (++idx == table.length) {
                    idx = 0;
                }
            }
        }

        public boolean containsKey(Object o) {
            Objects.requireNonNull(o);
            return keys.length > 0 && probe(o) >= 0;
        }

        public boolean containsValue(Object o) {
            Objects.requireNonNull(o);
            for (Object v : values) {
                if (o.equals(v)) {
                    return true;
                }
            }
            return false;
        }

        @SuppressWarnings("unchecked")
        public V get(Object o) {
            if (keys.length == 0) {
                Objects.requireNonNull(o);
                return null;
            }
            int i = probe(o);
            return i >= 0 ? (V) values[slotToIndex[i]] : null;
        }

        public int size() {
            return keys.length;
        }

        public boolean isEmpty() {
            return keys.length == 0;
        }

        public int hashCode() {
            int hash = 0;
            for (int i = 0; i < keys.length; i++) {
                hash += keys[i].hashCode() ^ values[i].hashCode();
            }
            return hash;
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                public int size() {
                    return keys.length;
                }

                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Iterator<Map.Entry<K, V>>() {
                        private int i = 0;

                        public boolean hasNext() {
                            return i < keys.length;
                        }

                        @SuppressWarnings("unchecked")
                        public Map.Entry<K, V> next() {
                            if (i >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            KeyValueHolder<K, V> e =
                                    new KeyValueHolder<>((K) keys[i], (V) values[i]);
                            i++;
                            return e;
                        }

                        public void remove() {
                            throw uoe();
                        }
                    };
                }

                public boolean add(Map.Entry<K, V> e) {
                    throw uoe();
                }

                public boolean remove(Object o) {
                    throw uoe();
                }

                public void clear() {
                    throw uoe();
                }

                public boolean removeAll(Collection<?> c) {
                    throw uoe();
                }

                public boolean retainAll(Collection<?> c) {
                    throw uoe();
                }

                public boolean removeIf(Predicate<? super Map.Entry<K, V>> filter) {
                    throw uoe();
                }
            };
        }
    }
}
