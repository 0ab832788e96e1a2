package th.or.dga.dgtidesk;

/** Entry point placeholder; replaced by the launcher in the next commit. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("DGTi Desk");
    }
}
