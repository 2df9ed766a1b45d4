package dev.perflab.web;

import java.util.List;

/** The book's twelve chapters, the catalog's spine, each with the JVM theme it becomes here. */
final class BookChapters {

    record Chapter(int number, String title, String theme) {}

    static final List<Chapter> ALL = List.of(
            new Chapter(
                    1,
                    "Understanding performant code",
                    "How the machine works: memory levels, cores, and the serial part."),
            new Chapter(2, "Profiling to find bottlenecks", "Measure first: where the time and the memory really go."),
            new Chapter(3, "Lists and arrays", "Dynamic arrays, search, and what immutability buys."),
            new Chapter(4, "Dictionaries and sets", "Hashing: when O(1) holds and when a bad hash makes it O(n)."),
            new Chapter(5, "Iterators and generators", "Lazy pipelines: the same answer in constant memory."),
            new Chapter(6, "Matrix and vector computation", "Memory layout, allocation and SIMD in numeric loops."),
            new Chapter(7, "Compiling", "The JVM's compilers: interpreter, C1, C2, and types they can see."),
            new Chapter(8, "Asynchronous I/O", "Waiting on I/O: pools, virtual threads and async clients."),
            new Chapter(9, "Using every core", "Threads and processes, shared state, granularity and signalling."),
            new Chapter(10, "Clusters and job queues", "Distributed work on a real engine: what coordination costs."),
            new Chapter(11, "Using less RAM", "Object layouts, compact strings, and structures that store less."),
            new Chapter(12, "Lessons from the field", "One program, profiled and fixed step by step."));

    private BookChapters() {}
}
