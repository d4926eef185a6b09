/** The local preview: builds into memory, serves on 127.0.0.1, rebuilds on change, reloads the page, shows lint errors. */
package herald.serve;
