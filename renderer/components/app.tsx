import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { OffprintBridge } from '../../electron/api/contract.ts';
import type { ReviewState } from '../../electron/model/review-state.ts';
import { CommandDispatcher } from '../commands/command-dispatcher.ts';
import { CommandsContext } from '../commands/use-command.ts';
import { useMenuCommands } from '../commands/use-menu-commands.ts';
import type { PickedFiles } from '../import/picked-files.ts';
import type { UploadLimits } from '../import/upload-plan.ts';
import { defaultView, type LibraryView, noFilters } from '../library/library-query.ts';
import { useReviewNotes } from '../notes/use-review-notes.ts';
import { reviewCitation } from '../references/plain-citation.ts';
import { ReferencesContext } from '../references/references-context.ts';
import { useArchiveStatus } from '../state/use-archive-status.ts';
import { useFileDrop } from '../state/use-file-drop.ts';
import { useImport } from '../state/use-import.ts';
import { usePaneFolds } from '../state/use-pane-folds.ts';
import { useReviewList } from '../state/use-review-list.ts';
import { type ReviewStatesResult, useReviewStates } from '../state/use-review-states.ts';
import { useSettings } from '../state/use-settings.ts';
import { AllNotesView } from './all-notes-view.tsx';
import { ArchiveNotices } from './archive-notices.tsx';
import { ArticleView } from './article-view.tsx';
import { DropOverlay } from './drop-overlay.tsx';
import { ImportControls } from './import-controls.tsx';
import { ImportProgressBar } from './import-progress-bar.tsx';
import { ImportSummaryPanel } from './import-summary-panel.tsx';
import { LibraryPanel } from './library-panel.tsx';
import { NotesPanel } from './notes-panel.tsx';
import { OutletsView } from './outlets-view.tsx';
import { PaneFoldButton } from './pane-fold-button.tsx';
import { SettingsBar } from './settings-bar.tsx';
import { ShortcutsDialog } from './shortcuts-dialog.tsx';
import { SkipLink } from './skip-link.tsx';

/** The API of the host the window runs in, and how much one import call to it may carry. */
export interface AppProps {
  api: OffprintBridge;
  uploadLimits: UploadLimits;
}

/** The whole reader: library on the left, the open review in the middle, its note on the right. */
export function App({ api, uploadLimits }: AppProps) {
  const { settings, ready, error: settingsError, update } = useSettings(api);
  const { reviews, error: listError } = useReviewList(api);
  const reviewStates = useReviewStates(api);
  const changeView = useCallback((libraryView: LibraryView) => update({ libraryView }), [update]);
  const archiveStatus = useArchiveStatus(api);
  const [openId, setOpenId] = useState<string>();
  const notes = useReviewNotes(api, openId);
  const commands = useMemo(() => new CommandDispatcher(), []);
  const folds = usePaneFolds(settings, update, commands);
  const sidePanelButton = useRef<HTMLButtonElement>(null);
  const closeSidePanel = () => {
    folds.closeSidePanel();
    sidePanelButton.current?.focus();
  };
  useEffect(() => commands.listen(document), [commands]);
  const outletSelect = useRef<HTMLSelectElement>(null);
  const importer = useImport(api, uploadLimits);
  const importDropped = useCallback(
    ({ files, unreadable }: PickedFiles) => void importer.runner.importFiles(files, unreadable),
    [importer.runner],
  );
  const dragging = useFileDrop(importDropped);
  const [outletsOpen, setOutletsOpen] = useState(false);
  const [allNotesOpen, setAllNotesOpen] = useState(false);
  const [copyStatus, setCopyStatus] = useState('');
  const copyReviewCitation = () => {
    const review = reviews?.find((candidate) => candidate.id === openId);
    if (!review) return;
    navigator.clipboard.writeText(reviewCitation(review)).then(
      () => setCopyStatus('Copied the citation of this review'),
      () => setCopyStatus('Could not copy the citation; select the title and copy it by hand'),
    );
  };
  useMenuCommands(api, commands, {
    showOutlets: () => setOutletsOpen(true),
    showAllNotes: () => setAllNotesOpen(true),
    copyReviewCitation,
  });
  useEffect(() => {
    if (!copyStatus) return;
    const timer = setTimeout(() => setCopyStatus(''), 4000);
    return () => clearTimeout(timer);
  }, [copyStatus]);

  const openReview = useCallback(
    (id: string) => {
      setOpenId(id);
      if (settings?.lastReviewId !== id) update({ lastReviewId: id });
    },
    [settings?.lastReviewId, update],
  );
  const libraryView = settings?.libraryView ?? defaultView;
  const showOutletInLibrary = useCallback(
    (outlet: string) => {
      update({ libraryView: { ...libraryView, filters: { ...noFilters, outlet } } });
      // The library's outlet filter now names the outlet; the reader lands on it.
      outletSelect.current?.focus();
    },
    [libraryView, update],
  );
  const references = useMemo(
    () => ({ api, reviewId: openId, openReview, showOutletInLibrary }),
    [api, openId, openReview, showOutletInLibrary],
  );

  useEffect(() => {
    if (openId !== undefined || !reviews || !ready) return;
    const chosen = reviews.find((review) => review.id === settings?.lastReviewId) ?? reviews[0];
    if (chosen) openReview(chosen.id);
  }, [openId, reviews, ready, settings?.lastReviewId, openReview]);

  /** The top bar's two fold buttons: the library at the start edge, the notes panel at the end. */
  const foldButton = (side: 'start' | 'end') => {
    const library = side === 'start';
    return (
      <PaneFoldButton
        label={library ? 'Library' : 'Notes'}
        controls={library ? 'library-pane' : 'side-panel'}
        shown={library ? folds.libraryShown : folds.sidePanelShown}
        shortcut={library ? '{' : '}'}
        side={side}
        onToggle={library ? folds.toggleLibrary : folds.toggleSidePanel}
        buttonRef={library ? undefined : sidePanelButton}
      />
    );
  };

  return (
    <ReferencesContext.Provider value={references}>
      <CommandsContext.Provider value={commands}>
        <div
          class="app"
          data-library={folds.libraryShown ? 'shown' : 'folded'}
          data-side-panel={folds.sidePanelShown ? (folds.sidePanelOverlay ? 'overlay' : 'column') : 'folded'}
        >
          <SkipLink targetId="article" />
          <header class="top-bar">
            {foldButton('start')}
            <p class="brand">Offprint</p>
            {settingsError && (
              <p class="top-bar-error" role="alert">
                {settingsError}
              </p>
            )}
            <ImportControls
              api={api}
              runner={importer.runner}
              onOpenReview={openReview}
              settings={settings}
              onSettingsChange={update}
            />
            <button type="button" class="quiet-button outlets-button" onClick={() => setOutletsOpen(true)}>
              Outlets
            </button>
            <button type="button" class="quiet-button all-notes-button" onClick={() => setAllNotesOpen(true)}>
              All notes
            </button>
            <SettingsBar settings={settings} onChange={update} />
            <p class="top-bar-status" role="status">
              {copyStatus}
            </p>
            {foldButton('end')}
          </header>
          <ArchiveNotices status={archiveStatus} />
          <div class="import-area">
            <ImportProgressBar progress={importer.state.progress} />
            <ImportSummaryPanel
              summary={importer.state.summary}
              onOpen={openReview}
              onDismiss={() => importer.runner.dismiss()}
            />
          </div>
          <nav class="library-pane" id="library-pane" aria-label="Library">
            <h2 class="pane-heading">Library</h2>
            {listError ? (
              <p class="load-error" role="alert">
                {listError}
              </p>
            ) : (
              reviews && (
                <LibraryPanel
                  api={api}
                  reviews={reviews}
                  states={reviewStates}
                  selectedId={openId}
                  onOpen={openReview}
                  view={libraryView}
                  onViewChange={changeView}
                  outletSelect={outletSelect}
                />
              )
            )}
          </nav>
          <div class="reading-column">
            <main class="reading-pane">
              <ArticleView
                api={api}
                reviewId={openId}
                libraryEmpty={reviews?.length === 0}
                reviews={reviews}
                onOpen={openReview}
                state={stateOf(reviewStates, openId)}
                notes={notes}
              />
            </main>
            {/* The side panel: a column in wide windows, an overlay over the article's right part in narrow ones. */}
            <div class="side-panel" id="side-panel">
              {folds.sidePanelOverlay && (
                <button type="button" class="quiet-button side-panel-close" onClick={closeSidePanel}>
                  Close notes
                </button>
              )}
              <NotesPanel api={api} reviewId={openId} notes={notes} />
            </div>
          </div>
          <DropOverlay visible={dragging} />
          <ShortcutsDialog />
          <OutletsView
            api={api}
            open={outletsOpen}
            onClose={() => setOutletsOpen(false)}
            onOpenReview={openReview}
            onShowInLibrary={showOutletInLibrary}
          />
          <AllNotesView
            api={api}
            open={allNotesOpen}
            onClose={() => setAllNotesOpen(false)}
            onOpenReview={openReview}
          />
        </div>
      </CommandsContext.Provider>
    </ReferencesContext.Provider>
  );
}

/** The open review's state for the article: undefined while loading, null when nothing is recorded (or unknown). */
function stateOf({ states, error }: ReviewStatesResult, id: string | undefined): ReviewState | null | undefined {
  if (error) return null;
  if (!states || id === undefined) return undefined;
  return states.get(id) ?? null;
}
