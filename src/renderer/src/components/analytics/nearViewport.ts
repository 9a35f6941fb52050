import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

/**
 * True from the moment `el` comes within a short scroll of the window, and from then on. A chart waits for it
 * before it is created: the dashboard's charts all sit below its first screen, and creating them would hold up that
 * screen's first paint for pictures nobody sees yet.
 */
export function useNearViewport(el: Ref<HTMLElement | null>): Ref<boolean> {
  const near = ref(false)
  let observer: IntersectionObserver | undefined
  onMounted(() => {
    if (!el.value || typeof IntersectionObserver === 'undefined') return void (near.value = true)
    observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return
        near.value = true
        observer?.disconnect()
      },
      // Half a screen ahead, so a chart is drawn before it scrolls into sight.
      { rootMargin: '50% 0px' }
    )
    observer.observe(el.value)
  })
  onBeforeUnmount(() => observer?.disconnect())
  return near
}
