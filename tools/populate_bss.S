// The CLI's entry point: fills in the static binary's zero-initialized data
// (.bss) with one madvise(MADV_POPULATE_WRITE) call, then jumps to the C
// runtime's _start.
//
//   cc_binary(..., deps = ["//tools:populate_bss"])  # static x86-64 Linux
//
// Why: tcmalloc constructs its page heap in .bss before main, inside the C
// runtime's own start-up (its first malloc), and the constructor writes all
// 1.5 MB of it. Each of those 4 KiB pages was a separate page fault, 431 of
// the 592 faults of a one-article `accord extract` and about 15-20 us each
// on the virtual machines accord runs on (docs/performance.md, "Start-up").
// One populate call maps the same pages without a trap per page. Nothing in
// C can run early enough (the C runtime's first malloc comes before any
// constructor), hence an entry point of its own. It runs before anything
// else in the process, so it may use no stack, no libc and no relocation:
// only the registers the kernel does not define at entry, and one system
// call. It keeps %rdx (the kernel's value, which _start passes on) and %rsp.
//
// If the kernel does not know MADV_POPULATE_WRITE (before Linux 5.14),
// madvise fails with EINVAL and the pages fault in on first write as before;
// the call never changes what the process computes.
#if defined(__x86_64__) && defined(__linux__)
        .text
        .globl  accord_populate_bss_entry
        .type   accord_populate_bss_entry, @function
accord_populate_bss_entry:
        .cfi_startproc
        .cfi_undefined rip              // the outermost frame
        mov     %rdx, %r12              // _start's %rdx, across the syscall
        // [__bss_start rounded up, _end rounded up) to whole pages: the
        // page that .bss shares with .data is left to fault in as before.
        lea     __bss_start(%rip), %rdi
        add     $4095, %rdi
        and     $-4096, %rdi
        lea     _end(%rip), %rsi
        add     $4095, %rsi
        and     $-4096, %rsi
        sub     %rdi, %rsi              // length; zero if .bss is one page
        mov     $23, %edx               // MADV_POPULATE_WRITE
        mov     $28, %eax               // SYS_madvise
        syscall                         // result ignored (see above)
        mov     %r12, %rdx
        jmp     _start
        .cfi_endproc
        .size   accord_populate_bss_entry, .-accord_populate_bss_entry
#endif
        .section .note.GNU-stack,"",@progbits
