declare namespace App {
  interface Locals {
    /** On a notice's page: which notice it is and where its file is, for the components of its text. */
    notice?: { id: string; path: string };
  }
}
